package org.orrery.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orrery.model.Cloud;
import org.orrery.model.Host;
import org.orrery.model.OrreryFactory;
import org.orrery.model.Site;
import org.orrery.model.VirtualMachine;
import org.orrery.model.VmState;
import org.orrery.model.World;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.ui.internal.OrreryUiPlugin;
import org.orrery.ui.internal.validation.ModelProblemMarkers;

/** Validation problems of the workspace's models appear as problem markers, and go when fixed. */
class ProblemMarkersTest {

    private IProject project;

    @BeforeEach
    void project() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("markers");
        project.create(null);
        project.open(null);
    }

    @AfterEach
    void delete() throws Exception {
        project.delete(true, new NullProgressMonitor());
    }

    @Test
    void anOverfullHostIsAnErrorAboutThatHostAndFixingItClearsIt() throws Exception {
        IFile file = project.getFile("lab.orrery");
        World world = overfull(4096);
        OrreryResources.save(world, file.getLocation().toFile().toPath());
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        List<IMarker> markers = markersAfterValidation(file);
        assertEquals(1, markers.size(), markers.toString());
        IMarker m = markers.get(0);
        assertEquals(IMarker.SEVERITY_ERROR, m.getAttribute(IMarker.SEVERITY, -1));
        assertEquals("Host h1", m.getAttribute(IMarker.LOCATION, ""));
        assertEquals("h1", m.getAttribute(ModelProblemMarkers.OBJECT_ID, ""));
        assertTrue(m.getAttribute(IMarker.MESSAGE, "").contains("h1"), m.getAttribute(IMarker.MESSAGE, ""));

        OrreryResources.save(overfull(512), file.getLocation().toFile().toPath());
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        assertEquals(List.of(), markersAfterValidation(file));
    }

    @Test
    void anUnreadableFileGetsAnErrorOnItsLine() throws Exception {
        IFile file = project.getFile("broken.orrery");
        file.create(new java.io.ByteArrayInputStream("<?xml version=\"1.0\"?>\n<orrery:World\n".getBytes(StandardCharsets.UTF_8)),
                true, null);
        List<IMarker> markers = markersAfterValidation(file);
        assertEquals(1, markers.size());
        assertEquals(IMarker.SEVERITY_ERROR, markers.get(0).getAttribute(IMarker.SEVERITY, -1));
        assertTrue(markers.get(0).getAttribute(IMarker.LINE_NUMBER, 0) >= 2, "line of the problem");
    }

    private static List<IMarker> markersAfterValidation(IFile file) throws Exception {
        // The service validates in a job a moment after the change.
        Thread.sleep(400);
        OrreryUiPlugin.getDefault().validation().join();
        return Arrays.asList(file.findMarkers(ModelProblemMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO));
    }

    private static World overfull(int vmMemory) {
        OrreryFactory f = OrreryFactory.eINSTANCE;
        World world = f.createWorld();
        world.setName("w");
        Cloud cloud = f.createCloud();
        cloud.setName("c");
        cloud.setId("c");
        Site site = f.createSite();
        site.setName("s");
        site.setId("s");
        Host host = f.createHost();
        host.setName("h1");
        host.setId("h1");
        host.setMemoryMB(1024);
        host.getPcpus().add(f.createPhysicalCpu());
        VirtualMachine vm = f.createVirtualMachine();
        vm.setName("big");
        vm.setId("big");
        vm.setMemoryMB(vmMemory);
        vm.getVcpus().add(f.createVirtualCpu());
        vm.setState(VmState.RUNNING);
        world.getClouds().add(cloud);
        cloud.getSites().add(site);
        site.getHosts().add(host);
        cloud.getVirtualMachines().add(vm);
        vm.setHost(host);
        return world;
    }
}
