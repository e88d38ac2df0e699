package org.orrery.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.orrery.model.Host;
import org.orrery.model.VirtualMachine;
import org.orrery.model.lifecycle.VmLifecycle;

/**
 * The VMs that hold resources on a host (see {@link VmLifecycle#holdsResources}) must fit its
 * memory and, unless the host allows overcommit, its pCPUs.
 */
final class HostCapacityRule extends ConstraintRule<Host> {

    HostCapacityRule() {
        super(Host.class);
    }

    @Override
    protected void verify(Host host, Report report) {
        List<VirtualMachine> active = host.getVirtualMachines().stream()
                .filter(vm -> VmLifecycle.holdsResources(vm.getState())).toList();
        if (active.isEmpty()) {
            return;
        }
        long memory = active.stream().mapToLong(VirtualMachine::getMemoryMB).sum();
        if (!host.isMemoryOvercommit() && memory > host.getMemoryMB()) {
            String shares = active.stream().map(vm -> Labels.of(vm) + String.format(Locale.ROOT, " %,d MB", vm.getMemoryMB()))
                    .collect(Collectors.joining(", "));
            report.error(OrreryValidator.HOST_MEMORY_EXCEEDED, involving(host, active), "host.memory",
                    Labels.of(host), host.getMemoryMB(), memory, shares);
        }
        int vcpus = active.stream().mapToInt(vm -> vm.getVcpus().size()).sum();
        if (!host.isCpuOvercommit() && vcpus > host.getPcpus().size()) {
            String shares = active.stream().map(vm -> Labels.of(vm) + " " + vm.getVcpus().size())
                    .collect(Collectors.joining(", "));
            report.error(OrreryValidator.HOST_VCPUS_EXCEEDED, involving(host, active), "host.vcpus",
                    Labels.of(host), host.getPcpus().size(), vcpus, shares);
        }
    }

    private static List<Object> involving(Host host, List<VirtualMachine> vms) {
        List<Object> involved = new ArrayList<>();
        involved.add(host);
        involved.addAll(vms);
        return involved;
    }
}
