package org.orrery.ui.internal.application;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.service.datalocation.Location;

/**
 * Claims the workspace before any window opens, so that an unusable workspace ends the start
 * with one line naming the problem and the fix, and nothing in it is touched.
 */
public final class WorkspaceGuard {

    private WorkspaceGuard() {
    }

    /**
     * Locks the instance location. Returns {@code null} when the workspace is ours, otherwise the
     * message for the user (the location is then left untouched).
     */
    public static String claim(Location instance) {
        if (instance == null || !instance.isSet()) {
            return "no workspace is set: start Orrery with --workspace DIR";
        }
        Path dir;
        try {
            dir = toPath(instance.getURL());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "workspace location " + instance.getURL() + " is not a local folder: use --workspace DIR";
        }
        String problem = checkWritable(dir);
        if (problem != null) {
            return problem;
        }
        try {
            if (!instance.lock()) {
                return "workspace " + dir + " is in use by another Orrery: close that window, or use --workspace DIR";
            }
        } catch (IOException e) {
            return "workspace " + dir + " cannot be locked (" + e.getMessage() + "): use --workspace DIR";
        }
        return null;
    }

    /** Says what is wrong with {@code dir} as a workspace folder, or {@code null} when it is usable. */
    public static String checkWritable(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return "workspace " + dir + " is a file, not a folder: use --workspace DIR";
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return "workspace " + dir + " cannot be created: choose a writable folder with --workspace DIR";
        }
        // Files.isWritable answers from mode bits only for root; creating a file is the real test.
        try {
            Path probe = Files.createTempFile(dir, ".orrery-write-check", null);
            Files.delete(probe);
        } catch (IOException e) {
            return "workspace " + dir + " is not writable: fix its permissions or use --workspace DIR";
        }
        return null;
    }

    private static Path toPath(URL url) throws URISyntaxException {
        if (!"file".equals(url.getProtocol())) {
            throw new IllegalArgumentException(url.toString());
        }
        // Equinox keeps location URLs unencoded ("file:/home/a b/"), so go through File, not URI.
        return new File(url.getPath()).toPath();
    }
}
