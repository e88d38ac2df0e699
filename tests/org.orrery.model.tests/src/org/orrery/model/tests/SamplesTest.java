package org.orrery.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.model.Clone;
import org.orrery.model.Cloud;
import org.orrery.model.Host;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.StepAction;
import org.orrery.model.VirtualMachine;
import org.orrery.model.World;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.model.validation.OrreryValidator;

/** The shipped samples open, validate without a problem, and survive a save and reload. */
class SamplesTest {

    static final List<String> SAMPLES = List.of("teaching-lab.orrery", "shrinker-wan-migration.orrery",
            "sbco-kernbench.orrery", "amphone-two-instances.orrery", "cos-two-users.orrery", "violin-autonomic.orrery",
            "malleability-bin-packing.orrery", "substrate-pool.orrery", "migration-exercise.orrery",
            "violin-migration.orrery");

    @TempDir
    Path dir;

    @Test
    void everySampleIsValidAndRoundTrips() throws IOException {
        for (String sample : SAMPLES) {
            World world = load(sample);
            Diagnostic result = OrreryValidator.diagnose(world);
            assertEquals(Diagnostic.OK, result.getSeverity(), () -> sample + ":\n" + ValidationTest.describe(result));

            Path copy = dir.resolve("copy-" + sample);
            World expected = EcoreUtil.copy(world);
            OrreryResources.save(world, copy);
            assertTrue(EcoreUtil.equals(expected, OrreryResources.load(copy)), sample + " changed in a round trip");
        }
    }

    @Test
    void teachingLabHasWhatAClassNeeds() throws IOException {
        World lab = load("teaching-lab.orrery");
        Cloud cloud = lab.getClouds().get(0);
        assertEquals(2, cloud.getSites().size());
        List<Host> hosts = cloud.getSites().stream().flatMap(s -> s.getHosts().stream()).toList();
        assertEquals(4, hosts.size());
        assertTrue(hosts.stream().allMatch(h -> h.getPcpus().size() >= 4));
        assertEquals(12, cloud.getVirtualMachines().size());
        assertTrue(cloud.getVirtualMachines().stream().allMatch(vm -> !vm.getVcpus().isEmpty()));
        assertEquals(3, cloud.getSubstratePools().get(0).getSubstrates().size());
        OverlayNetwork overlay = lab.getOverlays().get(0);
        assertEquals(11, cloud.getVirtualMachines().stream().flatMap(vm -> vm.getNics().stream())
                .filter(nic -> nic.getOverlay() == overlay).count());
        Clone clone = (Clone) cloud.getVirtualMachines().stream().filter(Clone.class::isInstance).findFirst()
                .orElseThrow();
        assertEquals(lab.getPhones().get(0), clone.getInstance().eContainer());
    }

    @Test
    void shrinkerSetUpMigratesSixteenVmsAtThirtySeconds() throws IOException {
        World shrinker = load("shrinker-wan-migration.orrery");
        List<VirtualMachine> vms = shrinker.getClouds().get(0).getVirtualMachines();
        assertEquals(16, vms.size());
        assertTrue(vms.stream().allMatch(vm -> vm.getMemoryMB() == 1024 && vm.getVcpus().size() == 1));
        var migrate = shrinker.getExperiments().get(0).getSteps().stream()
                .filter(s -> s.getAction() == StepAction.MIGRATE_VM).findFirst().orElseThrow();
        assertEquals(30.0, migrate.getAtS());
        assertEquals(List.<EObject>copyOf(vms), List.copyOf(migrate.getTargets()));
        assertEquals(100.0, shrinker.getLinks().stream().filter(l -> "wan-link".equals(l.getId())).findFirst()
                .orElseThrow().getBandwidthMbps());
    }

    private World load(String sample) throws IOException {
        Path file = dir.resolve(sample);
        try (InputStream in = SamplesTest.class.getClassLoader().getResourceAsStream("samples/" + sample)) {
            assertNotNull(in, "sample not shipped in the bundle: " + sample);
            Files.copy(in, file);
        }
        return OrreryResources.load(file);
    }
}
