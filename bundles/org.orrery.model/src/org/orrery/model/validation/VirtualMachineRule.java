package org.orrery.model.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.orrery.model.Cloud;
import org.orrery.model.Host;
import org.orrery.model.PhysicalCpu;
import org.orrery.model.VirtualCpu;
import org.orrery.model.VirtualMachine;
import org.orrery.model.lifecycle.VmLifecycle;

/**
 * Placement of a VM: on a host of its own cloud; placed at all when its state holds resources;
 * at least one vCPU then; and vCPUs pinned only to pCPUs of that host.
 */
final class VirtualMachineRule extends ConstraintRule<VirtualMachine> {

    VirtualMachineRule() {
        super(VirtualMachine.class);
    }

    @Override
    protected void verify(VirtualMachine vm, Report report) {
        Host host = vm.getHost();
        Cloud ownCloud = cloudOf(vm);
        if (host != null && !host.eIsProxy()) {
            Cloud hostCloud = cloudOf(host);
            if (ownCloud != null && hostCloud != ownCloud) {
                report.error(OrreryValidator.VM_HOST_IN_OTHER_CLOUD, List.of(vm, host), "vm.hostInOtherCloud",
                        Labels.of(vm), Labels.of(ownCloud), Labels.of(host),
                        hostCloud == null ? "?" : Labels.of(hostCloud));
            }
        }
        boolean active = VmLifecycle.holdsResources(vm.getState());
        if (active && host == null) {
            report.error(OrreryValidator.VM_NOT_PLACED, List.of(vm), "vm.notPlaced", Labels.of(vm),
                    vm.getState().getLiteral());
        }
        if (active && vm.getVcpus().isEmpty()) {
            report.error(OrreryValidator.VM_WITHOUT_VCPUS, List.of(vm), "vm.withoutVcpus", Labels.of(vm),
                    vm.getState().getLiteral());
        }
        for (VirtualCpu vcpu : vm.getVcpus()) {
            for (PhysicalCpu pcpu : vcpu.getAffinity()) {
                if (host == null || pcpu.eContainer() != host) {
                    report.error(OrreryValidator.VCPU_AFFINITY_FOREIGN, List.of(vcpu, pcpu), "vcpu.affinityForeign",
                            Labels.withContainer(vcpu), Labels.withContainer(pcpu),
                            host == null ? Messages.format("vm.noHost") : Labels.of(host));
                }
            }
        }
    }

    private static Cloud cloudOf(EObject object) {
        for (EObject o = object.eContainer(); o != null; o = o.eContainer()) {
            if (o instanceof Cloud cloud) {
                return cloud;
            }
        }
        return null;
    }
}
