package org.orrery.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.ui.internal.application.WorkspaceGuard;

/** Bad workspaces are refused with one line that names the problem and the fix. */
class WorkspaceGuardTest {

    @TempDir
    Path tmp;

    @Test
    void aFreshFolderIsCreatedAndAccepted() {
        Path ws = tmp.resolve("new/ws");
        assertNull(WorkspaceGuard.checkWritable(ws));
        assertEquals(true, Files.isDirectory(ws));
    }

    @Test
    void aFileIsRefusedAndLeftAlone() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "keep me");
        assertEquals("workspace " + file + " is a file, not a folder: use --workspace DIR",
                WorkspaceGuard.checkWritable(file));
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void aFolderThatCannotBeCreatedIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        Path below = file.resolve("ws");
        assertEquals("workspace " + below + " cannot be created: choose a writable folder with --workspace DIR",
                WorkspaceGuard.checkWritable(below));
    }
}
