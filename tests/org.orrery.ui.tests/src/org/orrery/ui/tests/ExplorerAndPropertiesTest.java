package org.orrery.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orrery.model.Host;
import org.orrery.ui.OrreryUi;
import org.orrery.ui.testing.UiTestSupport;

/** .orrery files unfold into their model in the explorer; a selected object shows its properties. */
class ExplorerAndPropertiesTest {

    private IProject project;
    private IWorkbenchPage page;

    @BeforeEach
    void project() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("lab");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        PlatformUI.getWorkbench().showPerspective(OrreryUi.DESIGN_PERSPECTIVE_ID, page.getWorkbenchWindow());
        page.resetPerspective();
    }

    @AfterEach
    void deleteProject() throws Exception {
        page.closeAllEditors(false);
        project.delete(true, new NullProgressMonitor());
    }

    @Test
    void theTeachingLabUnfoldsAndAHostShowsItsProperties() throws Exception {
        IFile file = copySample("teaching-lab.orrery");
        CommonNavigator explorer = (CommonNavigator) page.showView(OrreryUi.EXPLORER_VIEW_ID);
        TreeViewer viewer = expanded(explorer, file, 3);
        List<String> underFile = labels(viewer, file);
        // In model order, as the file lists them, not sorted by label.
        assertEquals("Cloud Lab cloud", underFile.get(0), underFile.toString());
        assertTrue(underFile.contains("Phone Student phone"), underFile.toString());

        Host a1 = findHost(viewer, file, "a1");
        assertNotNull(a1, "host a1 not in the explorer");
        viewer.setSelection(new StructuredSelection(a1), true);
        explorer.setFocus();
        PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(explorer);
        UiTestSupport.pump(500);
        List<String> rows = propertyRows(properties);
        assertTrue(rows.contains("Name = a1"), rows.toString());
        assertTrue(rows.contains("Memory MB = 8192"), rows.toString());

        page.getWorkbenchWindow().getShell().setSize(1280, 800);
        UiTestSupport.save(UiTestSupport.capture(page.getWorkbenchWindow().getShell()), "explorer-properties-teaching-lab");
    }

    @Test
    void anUnreadableModelShowsItsProblemUnderTheFileAndStaysAsItWas() throws Exception {
        IFolder models = project.getFolder("models");
        models.create(true, true, null);
        IFile file = models.getFile("broken.orrery");
        byte[] content = "<?xml version=\"1.0\"?>\n<orrery:World xmlns:orrery=\"http://www.orrery.org/model/1\">\n<clouds\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        file.create(new java.io.ByteArrayInputStream(content), true, null);
        TreeViewer viewer = expanded((CommonNavigator) page.showView(OrreryUi.EXPLORER_VIEW_ID), file, 1);
        List<String> under = labels(viewer, file);
        assertEquals(1, under.size(), under.toString());
        assertTrue(under.get(0).startsWith("Cannot read: line "), under.get(0));
        assertTrue(Arrays.equals(content, file.getContents().readAllBytes()), "the file changed");
    }

    private static TreeViewer expanded(CommonNavigator explorer, IFile file, int levels) {
        TreeViewer viewer = explorer.getCommonViewer();
        viewer.refresh();
        viewer.expandToLevel(file, levels);
        UiTestSupport.pump(300);
        return viewer;
    }

    private IFile copySample(String name) throws Exception {
        IFolder models = project.getFolder("models");
        if (!models.exists()) {
            models.create(true, true, null);
        }
        IFile file = models.getFile(name);
        try (InputStream in = FileLocator.find(Platform.getBundle("org.orrery.model"),
                new org.eclipse.core.runtime.Path("samples/" + name)).openStream()) {
            file.create(in, true, null);
        }
        return file;
    }

    private static TreeItem item(TreeViewer viewer, Object element) {
        return (TreeItem) viewer.testFindItem(element);
    }

    private static List<String> labels(TreeViewer viewer, Object parent) {
        TreeItem item = item(viewer, parent);
        assertNotNull(item, "no tree item for " + parent);
        List<String> out = new ArrayList<>();
        for (TreeItem child : item.getItems()) {
            out.add(child.getText());
        }
        return out;
    }

    private static Host findHost(TreeViewer viewer, IFile file, String name) {
        viewer.expandAll();
        ArrayList<TreeItem> todo = new ArrayList<>(List.of(item(viewer, file).getItems()));
        while (!todo.isEmpty()) {
            TreeItem it = todo.remove(0);
            if (it.getData() instanceof Host h && name.equals(h.getName())) {
                return h;
            }
            todo.addAll(List.of(it.getItems()));
        }
        return null;
    }

    private static Tree findTree(Control control) {
        if (control instanceof Tree t) {
            return t;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite c) {
            for (Control child : c.getChildren()) {
                Tree t = findTree(child);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** "Display name = value" for every row of the property sheet, categories included. */
    private static List<String> propertyRows(PropertySheet sheet) {
        // The explorer contributes a tabbed page: its property tree sits inside the tab.
        Tree tree = findTree(sheet.getCurrentPage().getControl());
        assertNotNull(tree, "no property tree on the page");
        List<String> out = new ArrayList<>();
        ArrayList<TreeItem> todo = new ArrayList<>(List.of(tree.getItems()));
        while (!todo.isEmpty()) {
            TreeItem it = todo.remove(0);
            out.add(it.getText(0) + " = " + it.getText(1));
            it.setExpanded(true);
            todo.addAll(List.of(it.getItems()));
        }
        return out;
    }
}
