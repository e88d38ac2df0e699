package org.orrery.ui.lab.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.orrery.model.Host;
import org.orrery.model.OrreryPackage;
import org.orrery.model.World;
import org.orrery.model.persistence.OrreryResources;

/** What the lab UI tests share: a project with models on libvirt's test driver, and dialog driving. */
final class LabFixtures {

    private LabFixtures() {
    }

    /** The workspace project {@code name}, created and opened. */
    static IProject project(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        return project;
    }

    /**
     * The teaching lab in {@code project}, each of its four hosts on a test-driver node file of its
     * own under {@code dir} (four separate hypervisors, as in a real lab).
     */
    static IFile teachingLab(IProject project, Path dir) throws IOException, CoreException {
        Path copy = dir.resolve("teaching-lab-sample.orrery");
        try (InputStream in = OrreryPackage.class.getClassLoader().getResourceAsStream("samples/teaching-lab.orrery")) {
            Files.copy(in, copy);
        }
        World lab = OrreryResources.load(copy);
        for (var cloud : lab.getClouds()) {
            for (var site : cloud.getSites()) {
                for (Host host : site.getHosts()) {
                    host.setLibvirtUri(node(dir, host.getId(), host.getPcpus().size()));
                }
            }
        }
        return save(project, "teaching-lab.orrery", lab);
    }

    /**
     * The teaching lab on four test hosts ({@link #teachingLab}), watched by the Lab and launched
     * (networks and domains defined and started); fails the test if the launch does not complete.
     */
    static IFile launchedTeachingLab(IProject project, Path dir) throws IOException, CoreException {
        IFile file = teachingLab(project, dir);
        World lab = ModelTarget.load(file, java.util.List.of()).world();
        LabSession.get().watch(file, lab);
        org.orrery.libvirt.launch.LaunchReport launched = new org.orrery.libvirt.launch.Launcher(
                LabSession.get().manager()).launch(org.orrery.libvirt.launch.LaunchPlan.of(lab,
                        org.orrery.libvirt.launch.LaunchOptions.DEFAULTS), org.orrery.libvirt.Progress.NONE);
        org.junit.jupiter.api.Assertions.assertEquals(org.orrery.libvirt.launch.LaunchReport.Outcome.COMPLETED,
                launched.outcome(), launched.text());
        return file;
    }

    /** A node file of libvirt's test driver with {@code cpus} CPUs and a default network; its URI. */
    static String node(Path dir, String name, int cpus) throws IOException {
        Path file = dir.resolve(name + ".xml");
        Files.writeString(file, """
                <node>
                  <cpu><nodes>1</nodes><sockets>1</sockets><cores>%d</cores><threads>1</threads><mhz>3000</mhz>
                    <model>x86_64</model></cpu>
                  <memory>16777216</memory>
                  <network><name>default</name><forward mode='nat'/>
                    <ip address='192.168.122.1' netmask='255.255.255.0'/></network>
                </node>
                """.formatted(cpus));
        return "test://" + file;
    }

    /** Writes {@code world} to {@code name} in {@code project}. */
    static IFile save(IProject project, String name, World world) throws IOException, CoreException {
        IFile file = project.getFile(name);
        OrreryResources.save(world, Path.of(file.getLocation().toOSString()));
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        return file;
    }

    /**
     * Runs {@code action} once, on the display thread, as soon as a shell titled {@code title} is
     * open (also inside a modal dialog's event loop); the flag says whether it has run.
     */
    static AtomicBoolean whenShell(String title, Consumer<Shell> action) {
        AtomicBoolean done = new AtomicBoolean();
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    done.set(true);
                    try {
                        action.accept(shell);
                    } catch (RuntimeException | AssertionError e) {
                        // a failed check inside a dialog's loop: close it so the test can report
                        shell.close();
                        throw e;
                    }
                    return;
                }
            }
            display.timerExec(50, poll[0]);
        };
        display.timerExec(50, poll[0]);
        return done;
    }

    /** Ends the lab session, shows no run, closes every dialog left open and deletes {@code project}. */
    static void cleanUp(org.eclipse.ui.IWorkbenchWindow window, IProject project) throws CoreException {
        LabSession.closeIfOpen();
        org.orrery.ui.views.RunSessions.show(null);
        for (Shell s : window.getShell().getDisplay().getShells()) {
            if (s != window.getShell()) {
                s.close();
            }
        }
        project.delete(true, new org.eclipse.core.runtime.NullProgressMonitor());
    }

    /** Presses the button labelled {@code text} in {@code shell}. */
    static void press(Shell shell, String text) {
        Button button = find(shell, Button.class, b -> text.equals(b.getText()));
        if (button == null) {
            fail("no button '" + text + "' in " + shell.getText());
        }
        if (!button.isEnabled()) {
            fail("button '" + text + "' is disabled in " + shell.getText());
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** The first control of {@code type} under {@code parent} that {@code test} accepts, depth first. */
    static <T extends Control> T find(Composite parent, Class<T> type, java.util.function.Predicate<T> test) {
        for (Control c : parent.getChildren()) {
            if (type.isInstance(c) && test.test(type.cast(c))) {
                return type.cast(c);
            }
            if (c instanceof Composite inner) {
                T found = find(inner, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
