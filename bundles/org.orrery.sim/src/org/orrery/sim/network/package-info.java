/**
 * Flow-level network model: links with bandwidth and latency, routes over several links (LAN and
 * WAN), a {@link org.orrery.sim.network.FlowNetwork} in which concurrent transfers share links
 * max-min fairly, and a small {@link org.orrery.sim.network.Topology} of hosts, sites and WAN
 * routers.
 */
package org.orrery.sim.network;
