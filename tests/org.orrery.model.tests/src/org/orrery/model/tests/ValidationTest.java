package org.orrery.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.orrery.model.Architecture;
import org.orrery.model.Cloud;
import org.orrery.model.Host;
import org.orrery.model.NetworkInterface;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.ResultSeries;
import org.orrery.model.Site;
import org.orrery.model.Substrate;
import org.orrery.model.SwitchDaemon;
import org.orrery.model.VirtualMachine;
import org.orrery.model.VmState;
import org.orrery.model.validation.OrreryValidator;

/** Each rule: silent on the valid test world, and firing with its message once one thing is broken. */
class ValidationTest {

    private final TestWorlds t = new TestWorlds();

    @Test
    void validWorldHasNoDiagnostics() {
        Diagnostic result = OrreryValidator.diagnose(t.world);
        assertEquals(Diagnostic.OK, result.getSeverity(), () -> describe(result));
    }

    @Test
    void hostMemoryExceededUnlessOvercommitAllowed() {
        t.vm1.setMemoryMB(5000);
        Diagnostic d = only(OrreryValidator.HOST_MEMORY_EXCEEDED);
        assertMessage(d, "host \"h1\" has 4,096 MB of memory", "need 5,000 MB", "virtual machine \"vm1\" 5,000 MB",
                "allow memory overcommit");
        assertEquals(t.host1, d.getData().get(0));

        t.host1.setMemoryOvercommit(true);
        assertClean();
    }

    @Test
    void haltedVirtualMachinesHoldNoCapacity() {
        t.vm1.setMemoryMB(5000);
        t.vm1.setState(VmState.HALTED);
        assertClean();
    }

    @Test
    void hostVcpusExceededUnlessOvercommitAllowed() {
        TestWorlds.addVcpu(t.vm1);
        TestWorlds.addVcpu(t.vm1);
        assertMessage(only(OrreryValidator.HOST_VCPUS_EXCEEDED), "host \"h1\" has 2 pCPUs", "have 3 vCPUs",
                "allow CPU overcommit");

        t.host1.setCpuOvercommit(true);
        assertClean();
    }

    @Test
    void siblingsNeedDistinctNames() {
        t.vm2.setName("vm1");
        Diagnostic d = only(OrreryValidator.DUPLICATE_NAME);
        assertMessage(d, "cloud \"cloud\" has 2 virtual machines named \"vm1\"", "rename all but one");
        assertEquals(List.of(t.vm1, t.vm2), d.getData());
    }

    @Test
    void namesMayRepeatInDifferentContainers() {
        Site other = TestWorlds.F.createSite();
        other.setName("site 2");
        t.cloud.getSites().add(other);
        Host namesake = TestWorlds.F.createHost();
        namesake.setName("h1");
        other.getHosts().add(namesake);
        assertClean();
    }

    @Test
    void macAddressUniqueWithinOverlay() {
        nic(t.vm2).setMac("52:54:00:00:00:01");
        assertMessage(only(OrreryValidator.DUPLICATE_MAC), "MAC address 52:54:00:00:00:01 is used by",
                "network interface \"eth0\" of virtual machine \"vm1\"", "virtual machine \"vm2\"",
                "overlay network \"overlay\"");
    }

    @Test
    void ipAddressUniqueWithinOverlay() {
        nic(t.vm2).setIp("192.168.0.1");
        assertMessage(only(OrreryValidator.DUPLICATE_IP), "IP address 192.168.0.1 is used by",
                "overlay network \"overlay\"");
    }

    @Test
    void differentOverlaysMayReuseAddresses() {
        OverlayNetwork second = TestWorlds.F.createOverlayNetwork();
        second.setName("second overlay");
        t.world.getOverlays().add(second);
        nic(t.vm2).setOverlay(second);
        nic(t.vm2).setMac("52:54:00:00:00:01");
        nic(t.vm2).setIp("192.168.0.1");
        assertClean();
    }

    @Test
    void addressesWithoutOverlayAreUniqueWithinTheirCloud() {
        nic(t.vm1).setOverlay(null);
        nic(t.vm2).setOverlay(null);
        nic(t.vm2).setIp("192.168.0.1");
        assertMessage(only(OrreryValidator.DUPLICATE_IP), "the physical network of cloud \"cloud\"");
    }

    @Test
    void malformedAddressesAreExplained() {
        nic(t.vm1).setMac("52:54:00:zz");
        assertMessage(only(OrreryValidator.MALFORMED_MAC), "\"52:54:00:zz\"", "six pairs of hex digits");
        nic(t.vm1).setMac("52:54:00:00:00:01");
        nic(t.vm1).setIp("192.168.0.300");
        assertMessage(only(OrreryValidator.MALFORMED_IP), "\"192.168.0.300\"", "not an IPv4 address");
    }

    @Test
    void poolCapacity() {
        Substrate third = TestWorlds.F.createSubstrate();
        third.setName("s3");
        third.setCompressedSizeMB(40);
        t.pool.getSubstrates().add(third);
        assertMessage(only(OrreryValidator.POOL_CAPACITY_EXCEEDED), "substrate pool \"pool\" holds 120 MB",
                "3 substrates", "room for 100 MB", "Enlarge the pool");
    }

    @Test
    void linkToAnObjectOutsideTheModel() {
        Host removed = t.host2;
        t.site.getHosts().remove(removed);
        t.vm2.setHost(null);
        t.vm2.setState(VmState.HALTED);
        ((SwitchDaemon) t.tunnel.getTarget()).setHost(null);
        t.step.setDestination(null);
        t.link.setTarget(removed);
        List<Diagnostic> found = find(OrreryValidator.LINK_ENDPOINT_MISSING);
        assertEquals(1, found.size(), () -> describe(OrreryValidator.diagnose(t.world)));
        assertMessage(found.get(0), "network link \"h1-router\" ends at host \"h2\", which is not part of this model");
    }

    @Test
    void linkToItself() {
        t.link.setTarget(t.host1);
        assertMessage(only(OrreryValidator.LINK_SELF_LOOP), "connects host \"h1\" to itself");
    }

    @Test
    void tunnelBetweenNodesOfAnotherOverlay() {
        OverlayNetwork second = TestWorlds.F.createOverlayNetwork();
        second.setName("second overlay");
        t.world.getOverlays().add(second);
        second.getNodes().add(t.tunnel.getTarget());
        assertMessage(only(OrreryValidator.TUNNEL_ENDPOINT_FOREIGN), "tunnel \"d1-d2\" ends at switch daemon \"d2\"",
                "not a node of its own overlay network \"overlay\"");
    }

    @Test
    void cloneArchitectureMustBeThePhones() {
        t.clone.setArchitecture(Architecture.X86_64);
        Diagnostic d = only(OrreryValidator.CLONE_ARCHITECTURE);
        assertMessage(d, "clone VM \"clone\" is an x86_64 virtual machine", "phone instance \"personal\"",
                "an arm phone", "give it the phone's architecture");
    }

    @Test
    void cloneWithoutInstanceIsAWarning() {
        t.clone.setInstance(null);
        Diagnostic d = only(OrreryValidator.CLONE_WITHOUT_INSTANCE);
        assertEquals(Diagnostic.WARNING, d.getSeverity());
    }

    @Test
    void virtualMachineOnAHostOfAnotherCloud() {
        Cloud other = TestWorlds.F.createCloud();
        other.setName("public cloud");
        t.world.getClouds().add(other);
        other.getVirtualMachines().add(t.vm2);
        assertMessage(only(OrreryValidator.VM_HOST_IN_OTHER_CLOUD),
                "virtual machine \"vm2\" belongs to cloud \"public cloud\" but is placed on host \"h2\" of cloud \"cloud\"");
    }

    @Test
    void runningVirtualMachineMustBePlacedAndHaveVcpus() {
        t.vm2.setHost(null);
        assertMessage(only(OrreryValidator.VM_NOT_PLACED), "virtual machine \"vm2\" is running but is not placed");
        t.vm2.setHost(t.host2);
        t.vm2.getVcpus().clear();
        assertMessage(only(OrreryValidator.VM_WITHOUT_VCPUS), "has no vCPUs");
    }

    @Test
    void vcpuPinnedToAnotherHostsPcpu() {
        t.vm1.getVcpus().get(0).getAffinity().add(t.host1.getPcpus().get(1));
        assertClean();
        t.vm1.getVcpus().get(0).getAffinity().add(t.host2.getPcpus().get(0));
        assertMessage(only(OrreryValidator.VCPU_AFFINITY_FOREIGN), "pCPU \"cpu0\" of host \"h2\"",
                "not a pCPU of its VM's host (host \"h1\")");
    }

    @Test
    void parameterOutsideItsBounds() {
        t.parameter.setValue(20000);
        assertMessage(only(OrreryValidator.PARAMETER_OUT_OF_RANGE), "parameter \"maxDowntime\"", "is 20,000 ms",
                "allowed range 1 to 10,000");
        t.parameter.setValue(10000);
        assertClean();
        t.parameter.setMinimum(20000.0);
        only(OrreryValidator.PARAMETER_BOUNDS_INVERTED);
    }

    @Test
    void stepAfterTheEndOfTheExperiment() {
        t.step.setAtS(700);
        assertMessage(only(OrreryValidator.STEP_AFTER_END), "happens at 700 s, after the end of experiment",
                "at 600 s");
    }

    @Test
    void numericValuesOutsideTheirMeaning() {
        t.host1.setOptimalUtilization(1.5);
        assertMessage(only(OrreryValidator.VALUE_OUT_OF_RANGE), "host \"h1\" has optimal utilization 1.5",
                "greater than 0 and at most 1");
        t.host1.setOptimalUtilization(0.8);
        t.experiment.setRepetitions(0);
        assertMessage(only(OrreryValidator.VALUE_OUT_OF_RANGE), "repetitions 0", "greater than 0");
        t.experiment.setRepetitions(1);
        t.experiment.setDurationS(0);
        // The step at 60 s is now also after the end.
        assertEquals(1, find(OrreryValidator.VALUE_OUT_OF_RANGE).size());
    }

    @Test
    void resultSeriesNeedsOneValuePerTime() {
        ResultSeries series = TestWorlds.F.createResultSeries();
        series.setName("cpu");
        series.getTimes().addAll(List.of(0.0, 1.0));
        series.getValues().add(0.5);
        t.experiment.getResults().add(series);
        assertMessage(only(OrreryValidator.SERIES_LENGTHS_DIFFER), "has 2 times but 1 values");
    }

    @Test
    void everyDiagnosticNamesItsSubjectFirst() {
        t.vm1.setMemoryMB(5000);
        nic(t.vm2).setMac("nonsense");
        for (Diagnostic d : OrreryValidator.diagnose(t.world).getChildren()) {
            assertTrue(d.getData().get(0) instanceof EObject, d::getMessage);
            assertEquals(OrreryValidator.DIAGNOSTIC_SOURCE, d.getSource());
        }
    }

    private static NetworkInterface nic(VirtualMachine vm) {
        return vm.getNics().get(0);
    }

    private List<Diagnostic> find(int code) {
        return OrreryValidator.diagnose(t.world).getChildren().stream()
                .filter(d -> OrreryValidator.DIAGNOSTIC_SOURCE.equals(d.getSource()) && d.getCode() == code).toList();
    }

    /** The one diagnostic of the model, which must have this code. */
    private Diagnostic only(int code) {
        Diagnostic result = OrreryValidator.diagnose(t.world);
        if (result.getChildren().size() != 1 || result.getChildren().get(0).getCode() != code
                || !OrreryValidator.DIAGNOSTIC_SOURCE.equals(result.getChildren().get(0).getSource())) {
            fail("expected exactly one diagnostic with code " + code + ", got:\n" + describe(result));
        }
        return result.getChildren().get(0);
    }

    private void assertClean() {
        Diagnostic result = OrreryValidator.diagnose(t.world);
        assertEquals(Diagnostic.OK, result.getSeverity(), () -> describe(result));
    }

    private static void assertMessage(Diagnostic d, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(d.getMessage().contains(fragment), () -> "'" + fragment + "' not in: " + d.getMessage());
        }
    }

    static String describe(Diagnostic result) {
        return result.getChildren().stream().map(d -> d.getSeverity() + " " + d.getCode() + " " + d.getMessage())
                .collect(Collectors.joining("\n"));
    }
}
