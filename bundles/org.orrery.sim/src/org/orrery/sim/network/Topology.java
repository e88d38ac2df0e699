package org.orrery.sim.network;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Hosts grouped into sites, with the links between them: each host has a NIC modelled as an
 * uplink and a downlink (full duplex: sending and receiving do not compete), hosts of one site
 * reach each other through a non-blocking switch, and sites reach each other through one shared
 * link per direction (a WAN router that every inter-site transfer crosses, as in Shrinker's
 * experiments where a router emulates the WAN).
 * <p>
 * {@link #route(String, String)} gives a LAN route (uplink, downlink) inside a site and a WAN
 * route (uplink, router link, downlink) between sites. Lookups only: no iteration order matters.
 */
public final class Topology {

    private final Map<String, Host> hosts = new HashMap<>();
    private final Map<String, Link> wan = new HashMap<>();

    /**
     * Adds a host.
     *
     * @param host             host id, unique
     * @param site             id of its site (sites exist by being named)
     * @param nicBytesPerSecond NIC bandwidth in each direction, bytes per second
     * @param nicLatency       one-way latency of the NIC and switch hop, nanoseconds (a LAN route
     *                         has twice this: out of one host, into the other)
     * @return this
     */
    public Topology addHost(String host, String site, double nicBytesPerSecond, long nicLatency) {
        Objects.requireNonNull(site, "site");
        if (hosts.containsKey(host)) {
            throw new IllegalArgumentException("host " + host + " is already in the topology");
        }
        hosts.put(host, new Host(site, new Link(host + "/up", nicBytesPerSecond, nicLatency),
                new Link(host + "/down", nicBytesPerSecond, nicLatency)));
        return this;
    }

    /**
     * Joins two sites with a router link in each direction, each shared by every transfer from
     * the one to the other.
     *
     * @return this
     */
    public Topology connectSites(String siteA, String siteB, Link aToB, Link bToA) {
        if (siteA.equals(siteB)) {
            throw new IllegalArgumentException("a site is not connected to itself: " + siteA);
        }
        wan.put(key(siteA, siteB), Objects.requireNonNull(aToB, "aToB"));
        wan.put(key(siteB, siteA), Objects.requireNonNull(bToA, "bToA"));
        return this;
    }

    /** The route data takes from {@code from} to {@code to}. */
    public Route route(String from, String to) {
        Host a = host(from);
        Host b = host(to);
        if (from.equals(to)) {
            throw new IllegalArgumentException("no route from a host to itself: " + from);
        }
        if (a.site.equals(b.site)) {
            return Route.of(a.up, b.down);
        }
        Link router = wan.get(key(a.site, b.site));
        if (router == null) {
            throw new IllegalArgumentException("sites " + a.site + " and " + b.site + " are not connected");
        }
        return Route.of(a.up, router, b.down);
    }

    /** The link carrying what {@code host} sends. */
    public Link uplink(String host) {
        return host(host).up;
    }

    /** The link carrying what {@code host} receives. */
    public Link downlink(String host) {
        return host(host).down;
    }

    /** The site {@code host} belongs to. */
    public String siteOf(String host) {
        return host(host).site;
    }

    /** The router link from {@code fromSite} to {@code toSite}. */
    public Link wanLink(String fromSite, String toSite) {
        Link link = wan.get(key(fromSite, toSite));
        if (link == null) {
            throw new IllegalArgumentException("sites " + fromSite + " and " + toSite + " are not connected");
        }
        return link;
    }

    private Host host(String id) {
        Host host = hosts.get(id);
        if (host == null) {
            throw new IllegalArgumentException("unknown host " + id);
        }
        return host;
    }

    private static String key(String from, String to) {
        return from + "\u0000" + to;
    }

    private record Host(String site, Link up, Link down) {
    }
}
