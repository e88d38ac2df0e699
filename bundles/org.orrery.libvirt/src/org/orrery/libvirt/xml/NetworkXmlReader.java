package org.orrery.libvirt.xml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.orrery.model.OrreryFactory;
import org.orrery.model.OverlayKind;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.Subnet;
import org.w3c.dom.Element;

/**
 * Turns libvirt network XML into a model overlay: the inverse of {@link NetworkXmlWriter}. A
 * network Orrery defined gets its overlay back from the metadata; any other becomes a
 * libvirt-network overlay with one subnet per {@code <ip>}.
 */
public final class NetworkXmlReader {

    /**
     * What a network says.
     *
     * @param overlay  the overlay (not yet in a world)
     * @param name     the network's libvirt name
     * @param ipsByMac the fixed addresses its DHCP gives, by MAC address (lower case)
     */
    public record Network(OverlayNetwork overlay, String name, Map<String, String> ipsByMac) {
    }

    private static final OrreryFactory FACTORY = OrreryFactory.eINSTANCE;

    private NetworkXmlReader() {
    }

    /**
     * The overlay {@code xml} describes.
     *
     * @throws IllegalArgumentException when {@code xml} is not a network definition
     */
    public static Network read(String xml) {
        Element network = XmlIn.parse(xml);
        if (!"network".equals(network.getLocalName())) {
            throw new IllegalArgumentException("not a network definition: <" + network.getLocalName() + ">");
        }
        String name = XmlIn.childText(network, "name");
        Element meta = XmlIn.orreryMetadata(network, "overlay");
        OverlayNetwork overlay = FACTORY.createOverlayNetwork();
        if (meta != null) {
            overlay.setId(XmlIn.attr(meta, "id"));
            overlay.setName(XmlIn.attr(meta, "name"));
            OverlayKind kind = OverlayKind.get(String.valueOf(XmlIn.attr(meta, "kind")));
            overlay.setKind(kind == null ? OverlayKind.LIBVIRT_NETWORK : kind);
            overlay.setOwner(XmlIn.attr(meta, "owner"));
            overlay.setTableAgeingS(XmlIn.doubleAttr(meta, "tableAgeingS", overlay.getTableAgeingS()));
            for (Element s : XmlIn.orreryChildren(meta, "subnet")) {
                overlay.getSubnets().add(subnet(XmlIn.attr(s, "id"), XmlIn.attr(s, "name"), XmlIn.attr(s, "cidr"),
                        XmlIn.attr(s, "gateway")));
            }
        } else {
            overlay.setName(name);
            overlay.setKind(OverlayKind.LIBVIRT_NETWORK);
        }
        overlay.setMtu(XmlIn.intAttr(XmlIn.child(network, "mtu"), "size", overlay.getMtu()));
        Map<String, String> ips = new LinkedHashMap<>();
        List<Element> ranges = XmlIn.children(network, "ip");
        for (int i = 0; i < ranges.size(); i++) {
            Element ip = ranges.get(i);
            if ("ipv6".equals(XmlIn.attr(ip, "family"))) {
                continue;
            }
            if (meta == null) {
                int prefix = ip.hasAttribute("prefix") ? XmlIn.intAttr(ip, "prefix", -1)
                        : Ipv4.prefixOfNetmask(XmlIn.attr(ip, "netmask"));
                String address = XmlIn.attr(ip, "address");
                overlay.getSubnets().add(subnet(null, name + (i == 0 ? "" : "-" + i),
                        prefix < 0 ? null : Ipv4.network(address, prefix), address));
            }
            for (Element host : XmlIn.children(XmlIn.child(ip, "dhcp"), "host")) {
                if (host.hasAttribute("mac") && host.hasAttribute("ip")) {
                    ips.put(host.getAttribute("mac").toLowerCase(java.util.Locale.ROOT), host.getAttribute("ip"));
                }
            }
        }
        return new Network(overlay, name, ips);
    }

    private static Subnet subnet(String id, String name, String cidr, String gateway) {
        Subnet subnet = FACTORY.createSubnet();
        subnet.setId(id);
        subnet.setName(name);
        subnet.setCidr(cidr);
        subnet.setGateway(gateway);
        return subnet;
    }
}
