package org.orrery.ui.tests;

import org.orrery.ui.testing.UiTestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orrery.ui.OrreryUi;

/** The real Orrery workbench, started by the test harness as the product starts it. */
class WorkbenchWindowTest {

    private IWorkbenchWindow window;

    @BeforeEach
    void window() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the workbench has no active window");
        window.getShell().setSize(1280, 800);
        UiTestSupport.pump(200);
    }

    @Test
    void windowIsTitledOrrery() {
        assertEquals("Orrery", window.getShell().getText());
        assertEquals("Orrery", Platform.getProduct().getName());
    }

    @Test
    void designPerspectiveShowsExplorerEditorPropertiesProblemsAndOutline() throws Exception {
        IWorkbenchPage page = open(OrreryUi.DESIGN_PERSPECTIVE_ID);
        assertTrue(page.isEditorAreaVisible(), "editor area hidden");
        assertEquals(Set.of(OrreryUi.EXPLORER_VIEW_ID, IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROBLEM_VIEW,
                IPageLayout.ID_OUTLINE), viewIds(page));
        ImageData shot = UiTestSupport.capture(window.getShell());
        Path file = UiTestSupport.save(shot, "workbench-design");
        assertTrue(Files.size(file) > 10_000, "screenshot suspiciously small: " + Files.size(file));
        // A painted workbench has text, icons and borders: many colours; a blank window has one.
        assertTrue(UiTestSupport.distinctColours(shot, new Rectangle(0, 0, shot.width, shot.height / 3)) > 30,
                "the top of the window looks unpainted");
    }

    @Test
    void runPerspectiveShowsRunControlEventLogAndRoomForLiveViews() throws Exception {
        IWorkbenchPage page = open(OrreryUi.RUN_PERSPECTIVE_ID);
        Set<String> ids = viewIds(page);
        assertTrue(ids.containsAll(Set.of(OrreryUi.RUN_CONTROL_VIEW_ID, OrreryUi.EVENT_LOG_VIEW_ID)), ids.toString());
        assertNotNull(page.findView(OrreryUi.RUN_CONTROL_VIEW_ID), "run control not created");
        assertNotNull(page.findView(OrreryUi.EVENT_LOG_VIEW_ID), "event log not created");
        UiTestSupport.save(UiTestSupport.capture(window.getShell()), "workbench-run");
        open(OrreryUi.DESIGN_PERSPECTIVE_ID);
    }

    @Test
    void menusOfferFileEditWindowAndHelpCommands() {
        List<String> file = items("File");
        assertTrue(file.containsAll(List.of("New", "Open File...", "Save", "Save As...", "Recent Files")), file.toString());
        assertEquals(1, file.stream().filter("Open File..."::equals).count(), "one Open File: " + file);
        List<String> edit = items("Edit");
        assertTrue(edit.stream().anyMatch(s -> s.startsWith("Undo")) && edit.stream().anyMatch(s -> s.startsWith("Redo")),
                edit.toString());
        assertTrue(items("Window").contains("Preferences..."), items("Window").toString());
        assertTrue(items("Help").contains("About Orrery"), items("Help").toString());
    }

    @Test
    void aboutDialogNamesOrreryAndItsVersion() throws Exception {
        Display display = window.getShell().getDisplay();
        List<String> seen = new ArrayList<>();
        String[] title = new String[1];
        // The dialog is modal: inspect and close it from a timer while the command blocks.
        Runnable inspect = new Runnable() {
            int tries;

            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if (s != window.getShell() && s.isVisible() && s.getText().startsWith("About")) {
                        title[0] = s.getText();
                        seen.addAll(UiTestSupport.texts(s));
                        try {
                            UiTestSupport.save(UiTestSupport.capture(s), "about");
                        } catch (java.io.IOException e) {
                            seen.add("screenshot failed: " + e);
                        }
                        s.close();
                        return;
                    }
                }
                if (++tries < 100) {
                    display.timerExec(100, this);
                }
            }
        };
        display.timerExec(300, inspect);
        window.getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.aboutAction", null);
        assertEquals("About Orrery", title[0]);
        String all = String.join("\n", seen);
        String version = Platform.getBundle("org.orrery.ui").getVersion().toString();
        assertTrue(all.contains("Orrery " + version), "About text lacks 'Orrery " + version + "': " + all);
    }

    @Test
    void preferencesHaveTheOrreryPageWithItsDefaults() throws Exception {
        org.eclipse.jface.preference.PreferenceDialog dialog = org.eclipse.ui.dialogs.PreferencesUtil
                .createPreferenceDialogOn(window.getShell(), "org.orrery.ui.preferences.general", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            UiTestSupport.pump(300);
            List<String> texts = UiTestSupport.texts(dialog.getShell());
            assertTrue(texts.contains("42"), "default seed shown: " + texts);
            assertTrue(texts.contains("test:///default"), "default URI shown: " + texts);
            UiTestSupport.save(UiTestSupport.capture(dialog.getShell()), "preferences");
        } finally {
            dialog.close();
        }
    }

    @Test
    void nothingWasLoggedAsAnErrorWhileStarting() throws Exception {
        Path log = Platform.getLogFileLocation().toFile().toPath();
        if (!Files.exists(log)) {
            return; // nothing logged at all
        }
        List<String> errors = Files.readAllLines(log).stream()
                .filter(l -> l.startsWith("!ENTRY") && l.split(" ").length > 2 && l.split(" ")[2].equals("4"))
                .collect(Collectors.toList());
        assertEquals(List.of(), errors, "errors in " + log + ":\n" + Files.readString(log));
    }

    private IWorkbenchPage open(String perspectiveId) throws Exception {
        PlatformUI.getWorkbench().showPerspective(perspectiveId, window);
        IWorkbenchPage page = window.getActivePage();
        assertEquals(perspectiveId, page.getPerspective().getId());
        // Other tests open views; the perspective's own layout is what is under test.
        page.resetPerspective();
        UiTestSupport.pump(300);
        return page;
    }

    private static Set<String> viewIds(IWorkbenchPage page) {
        return Arrays.stream(page.getViewReferences()).map(IViewReference::getId)
                .filter(id -> !id.equals(IPageLayout.ID_PROGRESS_VIEW)).collect(Collectors.toSet());
    }

    /** Texts of the items of a top-level menu, mnemonics and accelerators stripped. */
    private List<String> items(String menuName) {
        Menu bar = window.getShell().getMenuBar();
        for (MenuItem top : bar.getItems()) {
            if (top.getText().replace("&", "").equals(menuName)) {
                Menu menu = top.getMenu();
                // Menu managers fill their menus when shown, as on a click.
                menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
                List<String> out = new ArrayList<>();
                for (MenuItem item : menu.getItems()) {
                    String text = item.getText().replace("&", "");
                    int tab = text.indexOf('\t');
                    out.add(tab >= 0 ? text.substring(0, tab) : text);
                }
                menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
                return out;
            }
        }
        throw new AssertionError("no menu " + menuName + " in the menu bar");
    }
}
