package org.orrery.model.validation;

import java.util.List;

import org.orrery.model.OverlayNode;
import org.orrery.model.Tunnel;

/** A tunnel joins two different nodes of its own overlay network. */
final class TunnelEndpointRule extends ConstraintRule<Tunnel> {

    TunnelEndpointRule() {
        super(Tunnel.class);
    }

    @Override
    protected void verify(Tunnel tunnel, Report report) {
        for (OverlayNode end : new OverlayNode[] { tunnel.getSource(), tunnel.getTarget() }) {
            if (end != null && (end.eIsProxy() || end.eContainer() != tunnel.eContainer())) {
                report.error(OrreryValidator.TUNNEL_ENDPOINT_FOREIGN, List.of(tunnel, end), "tunnel.endpointForeign",
                        Labels.of(tunnel), Labels.withContainer(end), Labels.of(tunnel.eContainer()));
            }
        }
        if (tunnel.getSource() != null && tunnel.getSource() == tunnel.getTarget()) {
            report.error(OrreryValidator.LINK_SELF_LOOP, List.of(tunnel, tunnel.getSource()), "link.selfLoop",
                    Labels.of(tunnel), Labels.of(tunnel.getSource()));
        }
    }
}
