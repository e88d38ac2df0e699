package org.orrery.model.provider.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.junit.jupiter.api.Test;
import org.orrery.model.Cloud;
import org.orrery.model.Host;
import org.orrery.model.MemoryProfile;
import org.orrery.model.OrreryFactory;
import org.orrery.model.OrreryPackage;
import org.orrery.model.Site;
import org.orrery.model.VirtualMachine;
import org.orrery.model.World;
import org.orrery.model.provider.OrreryItemProviderAdapterFactory;

class ItemProviderTest {

    private static final OrreryFactory F = OrreryFactory.eINSTANCE;

    private final OrreryItemProviderAdapterFactory factory = new OrreryItemProviderAdapterFactory();

    @Test
    void labelsNameTheKindAndTheObject() {
        Host host = F.createHost();
        host.setName("node1");
        assertEquals("Host node1", label(host));
        assertEquals("Virtual Machine", label(F.createVirtualMachine()));
        MemoryProfile profile = F.createMemoryProfile();
        profile.setDirtyRatePagesPerS(2500);
        assertEquals("Memory Profile 2500.0", label(profile));
    }

    @Test
    void labelFollowsRenames() {
        Host host = F.createHost();
        host.setName("node1");
        label(host);
        host.setName("node2");
        assertEquals("Host node2", label(host));
    }

    @Test
    void everyConcreteClassHasAnItemProviderWithARealIcon() throws IOException {
        List<String> problems = new ArrayList<>();
        for (EClassifier classifier : OrreryPackage.eINSTANCE.getEClassifiers()) {
            if (!(classifier instanceof EClass eClass) || eClass.isAbstract()) {
                continue;
            }
            EObject object = F.create(eClass);
            IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class);
            if (provider == null) {
                problems.add(eClass.getName() + ": no item provider");
                continue;
            }
            Object image = provider.getImage(object);
            URL url = image instanceof ComposedImage composed ? (URL) composed.getImages().get(0) : (URL) image;
            if (url == null || !url.getPath().endsWith("/" + eClass.getName() + ".gif")) {
                problems.add(eClass.getName() + ": icon " + url);
                continue;
            }
            try (InputStream in = url.openStream()) {
                byte[] bytes = in.readAllBytes();
                String header = new String(bytes, 0, Math.min(6, bytes.length), StandardCharsets.US_ASCII);
                // A 16x16 GIF: header, then width and height as little-endian shorts.
                if (!header.startsWith("GIF8") || bytes[6] != 16 || bytes[8] != 16) {
                    problems.add(eClass.getName() + ": not a 16x16 GIF");
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void treeShowsContainedObjectsButNotDerivedOnes() {
        World world = F.createWorld();
        Cloud cloud = F.createCloud();
        world.getClouds().add(cloud);
        Site site = F.createSite();
        cloud.getSites().add(site);
        Host host = F.createHost();
        site.getHosts().add(host);
        VirtualMachine vm = F.createVirtualMachine();
        cloud.getVirtualMachines().add(vm);
        vm.setHost(host);

        assertEquals(List.of(cloud), List.copyOf(children(world)));
        assertTrue(children(cloud).containsAll(List.of(site, vm)));
        // VMs appear under their cloud; the host's list of its VMs is derived and not a tree branch.
        assertFalse(children(host).contains(vm));
    }

    @Test
    void propertiesCarryTheDocumentedDefaultAsDescription() {
        Host host = F.createHost();
        IItemPropertyDescriptor memory = descriptor(host, "memoryMB");
        assertEquals("Memory MB", memory.getDisplayName(host));
        assertTrue(memory.getDescription(host).contains("Default 8192"), memory.getDescription(host));
        // The derived list of VMs is shown but not editable.
        assertFalse(descriptor(host, "virtualMachines").canSetProperty(host));
    }

    @Test
    void propertyEditsAreCommandsThatUndoAndRedo() {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(),
                new HashMap<>());
        World world = F.createWorld();
        domain.getResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("memory:/w.orrery"))
                .getContents().add(world);
        Cloud cloud = F.createCloud();
        world.getClouds().add(cloud);
        Site site = F.createSite();
        cloud.getSites().add(site);
        Host host = F.createHost();
        site.getHosts().add(host);

        descriptor(host, "memoryMB").setPropertyValue(host, 16384);
        assertEquals(16384, host.getMemoryMB());
        assertTrue(domain.getCommandStack().canUndo());

        domain.getCommandStack().undo();
        assertEquals(8192, host.getMemoryMB());
        domain.getCommandStack().redo();
        assertEquals(16384, host.getMemoryMB());
    }

    @Test
    void newChildrenOfACloudIncludeSitesVirtualMachinesAndClones() {
        Cloud cloud = F.createCloud();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
        Collection<?> descriptors = domain.getNewChildDescriptors(cloud, null);
        List<String> created = descriptors.stream().map(d -> ((CommandParameter) d).getValue())
                .map(v -> ((EObject) v).eClass().getName()).toList();
        assertTrue(created.containsAll(List.of("Site", "VirtualMachine", "Clone", "SubstratePool", "InstanceType")),
                created.toString());
    }

    private String label(Object object) {
        return ((IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class)).getText(object);
    }

    private Collection<?> children(Object object) {
        return ((ITreeItemContentProvider) factory.adapt(object, ITreeItemContentProvider.class)).getChildren(object);
    }

    private IItemPropertyDescriptor descriptor(EObject object, String feature) {
        IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
        assertNotNull(source);
        IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(object, feature);
        assertInstanceOf(IItemPropertyDescriptor.class, descriptor, feature);
        return descriptor;
    }
}
