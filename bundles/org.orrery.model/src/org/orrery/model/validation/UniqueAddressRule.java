package org.orrery.model.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.orrery.model.Cloud;
import org.orrery.model.NetworkInterface;
import org.orrery.model.VirtualMachine;
import org.orrery.model.World;

/**
 * MAC and IP addresses are unique within the network a NIC is attached to: its overlay, or for a
 * NIC without one, its cloud's physical network. Two overlays may reuse the same address space,
 * as VIOLINs do. Checked once per model, so a large model is scanned in one pass.
 */
final class UniqueAddressRule extends ConstraintRule<World> {

    UniqueAddressRule() {
        super(World.class);
    }

    @Override
    protected void verify(World world, Report report) {
        Map<EObject, List<NetworkInterface>> byNetwork = new LinkedHashMap<>();
        for (Cloud cloud : world.getClouds()) {
            for (VirtualMachine vm : cloud.getVirtualMachines()) {
                for (NetworkInterface nic : vm.getNics()) {
                    EObject network = nic.getOverlay() != null ? nic.getOverlay() : cloud;
                    byNetwork.computeIfAbsent(network, key -> new ArrayList<>()).add(nic);
                }
            }
        }
        byNetwork.forEach((network, nics) -> {
            String where = network instanceof Cloud ? Messages.format("address.physicalNetwork", Labels.of(network))
                    : Labels.of(network);
            reportDuplicates(nics, nic -> nic.getMac() == null ? null : nic.getMac().toLowerCase(Locale.ROOT),
                    OrreryValidator.DUPLICATE_MAC, "address.mac.duplicate", where, report);
            reportDuplicates(nics, NetworkInterface::getIp, OrreryValidator.DUPLICATE_IP, "address.ip.duplicate",
                    where, report);
        });
    }

    private static void reportDuplicates(List<NetworkInterface> nics, Function<NetworkInterface, String> address,
            int code, String key, String where, Report report) {
        Map<String, List<NetworkInterface>> users = new LinkedHashMap<>();
        for (NetworkInterface nic : nics) {
            String value = address.apply(nic);
            if (value != null && !value.isBlank()) {
                users.computeIfAbsent(value, v -> new ArrayList<>()).add(nic);
            }
        }
        users.forEach((value, sharing) -> {
            if (sharing.size() > 1) {
                report.error(code, sharing, key, value, Labels.list(sharing), where);
            }
        });
    }
}
