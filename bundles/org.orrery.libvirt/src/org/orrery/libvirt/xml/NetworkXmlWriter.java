package org.orrery.libvirt.xml;

import java.util.ArrayList;
import java.util.List;

import org.orrery.model.OverlayKind;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.Subnet;

/**
 * Writes the libvirt network XML of an overlay on one host.
 * <ul>
 * <li>a libvirt-network overlay becomes a NAT network; a virtual switch or routed overlay an
 * isolated bridge, because libvirt alone builds no tunnels between hosts: VMs of such an overlay
 * on different hosts do not reach each other (a launch says so);</li>
 * <li>each subnet with a gateway becomes an {@code <ip>} with the gateway as the bridge's address;
 * libvirt serves DHCP on one IPv4 range only, so the fixed addresses go to the first subnet that
 * holds any of them, and the others are left out ({@link Result#leftOut()});</li>
 * <li>the overlay's id, name, kind, owner and subnets go into Orrery's metadata.</li>
 * </ul>
 */
public final class NetworkXmlWriter {

    /**
     * The XML, and the fixed addresses it could not carry.
     *
     * @param xml     the network definition
     * @param leftOut addresses outside the subnet that has DHCP, or in no subnet with a gateway
     */
    public record Result(String xml, List<DhcpHost> leftOut) {
    }

    private NetworkXmlWriter() {
    }

    /** The network XML of {@code overlay}, named {@code name}, giving {@code hosts} their addresses. */
    public static Result write(OverlayNetwork overlay, String name, List<DhcpHost> hosts) {
        XmlOut x = new XmlOut();
        x.start("network");
        x.element("name", name);
        x.start("metadata");
        x.start(LibvirtNames.PREFIX, "overlay", LibvirtNames.NAMESPACE).attr("id", overlay.getId())
                .attr("name", overlay.getName()).attr("kind", overlay.getKind().getLiteral())
                .attr("owner", overlay.getOwner()).attr("tableAgeingS", overlay.getTableAgeingS());
        for (Subnet subnet : overlay.getSubnets()) {
            x.start(LibvirtNames.PREFIX, "subnet", null).attr("id", subnet.getId()).attr("name", subnet.getName())
                    .attr("cidr", subnet.getCidr()).attr("gateway", subnet.getGateway()).end();
        }
        x.end();
        x.end();
        if (overlay.getKind() == OverlayKind.LIBVIRT_NETWORK) {
            x.start("forward").attr("mode", "nat").end();
        }
        x.start("mtu").attr("size", overlay.getMtu()).end();
        Subnet dhcp = overlay.getSubnets().stream().filter(s -> hasGateway(s) && holdsAny(s, hosts)).findFirst()
                .orElse(null);
        List<DhcpHost> leftOut = new ArrayList<>(hosts);
        for (Subnet subnet : overlay.getSubnets()) {
            if (!hasGateway(subnet)) {
                continue;
            }
            x.start("ip").attr("address", subnet.getGateway().strip()).attr("prefix", Ipv4.prefix(subnet.getCidr()));
            if (subnet == dhcp) {
                x.start("dhcp");
                for (DhcpHost host : hosts) {
                    if (Ipv4.contains(subnet.getCidr(), host.ip())) {
                        x.start("host").attr("mac", host.mac()).attr("name", host.name()).attr("ip", host.ip()).end();
                        leftOut.remove(host);
                    }
                }
                x.end();
            }
            x.end();
        }
        x.end();
        return new Result(x.finish(), List.copyOf(leftOut));
    }

    private static boolean hasGateway(Subnet subnet) {
        return subnet.getGateway() != null && !subnet.getGateway().isBlank() && Ipv4.prefix(subnet.getCidr()) >= 0;
    }

    private static boolean holdsAny(Subnet subnet, List<DhcpHost> hosts) {
        return hosts.stream().anyMatch(h -> Ipv4.contains(subnet.getCidr(), h.ip()));
    }
}
