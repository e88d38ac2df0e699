package org.orrery.sync;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The one place that turns a path received from a peer into a file of the local tree. Paths in
 * manifests and plans come from the other side of a wire and are never trusted: a path that is
 * absolute, has an empty, {@code .} or {@code ..} segment, a backslash or a NUL, or names the
 * control folder is refused before anything is touched, and a resolved path must stay under the
 * root without crossing a symbolic link.
 */
public final class TreePaths {

    /** The tree's control folder (staging, temporary files, sync state); never synchronised. */
    public static final String CONTROL = ".orrery-sync";

    private TreePaths() {
    }

    /** Returns {@code path} if it is a safe relative tree path, else throws saying why. */
    public static String check(String path) {
        String why = problem(path);
        if (why != null) {
            throw new SyncException("unsafe path '" + path + "': " + why);
        }
        return path;
    }

    private static String problem(String path) {
        if (path == null || path.isEmpty()) {
            return "empty";
        }
        if (path.length() > 4096) {
            return "longer than 4096 characters";
        }
        if (path.startsWith("/")) {
            return "absolute (paths are relative to the tree)";
        }
        if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return "contains a backslash or NUL";
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                return "has an empty or '.' segment";
            }
            if (segment.equals("..")) {
                return "escapes the tree ('..')";
            }
        }
        if (path.equals(CONTROL) || path.startsWith(CONTROL + "/")) {
            return "names the sync control folder " + CONTROL;
        }
        return null;
    }

    /**
     * The file {@code path} names under {@code root}, checked: it stays under the root and no
     * folder between them is a symbolic link (which could lead out of the tree).
     */
    public static Path resolve(Path root, String path) {
        check(path);
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new SyncException("unsafe path '" + path + "': resolves outside the tree " + root);
        }
        for (Path p = file.getParent(); p != null && !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                throw new SyncException("unsafe path '" + path + "': folder " + root.relativize(p)
                        + " is a symbolic link");
            }
        }
        if (Files.isSymbolicLink(file) || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new SyncException("'" + path + "' is a symbolic link or a folder in " + root + ", not a file");
        }
        return file;
    }

    /** The tree path of {@code file} under {@code root}, with {@code /} separators. */
    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
