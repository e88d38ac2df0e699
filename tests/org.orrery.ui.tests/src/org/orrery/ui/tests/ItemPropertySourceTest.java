package org.orrery.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.junit.jupiter.api.Test;
import org.orrery.model.Host;
import org.orrery.model.OrreryFactory;
import org.orrery.model.World;
import org.orrery.ui.emf.ItemPropertySource;
import org.orrery.ui.emf.OrreryAdapterFactories;

/** Property edits go through the editing domain's command stack, so Undo/Redo take them back. */
class ItemPropertySourceTest {

    @Test
    void editsInAnEditingDomainAreUndoableCommands() {
        ComposedAdapterFactory factory = OrreryAdapterFactories.create();
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = OrreryAdapterFactories.newEditingDomain(factory, stack);
        Resource resource = domain.getResourceSet().createResource(URI.createFileURI("/tmp/undo-test.orrery"));
        World world = OrreryFactory.eINSTANCE.createWorld();
        Host host = OrreryFactory.eINSTANCE.createHost();
        host.setName("h1");
        host.setMemoryMB(4096);
        resource.getContents().add(world);
        world.getClouds().add(OrreryFactory.eINSTANCE.createCloud());
        world.getClouds().get(0).getSites().add(OrreryFactory.eINSTANCE.createSite());
        world.getClouds().get(0).getSites().get(0).getHosts().add(host);

        ItemPropertySource source = new ItemPropertySource(host, factory);
        IPropertyDescriptor memory = descriptor(source, "Memory MB");
        Shell shell = new Shell();
        try {
            assertNotNull(memory.createPropertyEditor(shell), "an editable model gets a cell editor");
        } finally {
            shell.dispose();
        }
        source.setPropertyValue(memory.getId(), 8192);
        assertEquals(8192, host.getMemoryMB());
        assertTrue(stack.canUndo());
        stack.undo();
        assertEquals(4096, host.getMemoryMB());
        stack.redo();
        assertEquals(8192, host.getMemoryMB());
        assertEquals("8192", memory.getLabelProvider().getText(source.getPropertyValue(memory.getId())));
        factory.dispose();
    }

    @Test
    void objectsOutsideAnEditorAreReadOnly() {
        Host host = OrreryFactory.eINSTANCE.createHost();
        host.setMemoryMB(2048);
        ItemPropertySource source = new ItemPropertySource(host, OrreryAdapterFactories.shared());
        IPropertyDescriptor memory = descriptor(source, "Memory MB");
        Shell shell = new Shell();
        try {
            assertNull(memory.createPropertyEditor(shell));
        } finally {
            shell.dispose();
        }
        source.setPropertyValue(memory.getId(), 1);
        assertEquals(2048, host.getMemoryMB());
    }

    private static IPropertyDescriptor descriptor(ItemPropertySource source, String name) {
        return Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no property " + name));
    }
}
