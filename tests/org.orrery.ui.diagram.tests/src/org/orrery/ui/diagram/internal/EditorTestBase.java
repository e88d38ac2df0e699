package org.orrery.ui.diagram.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** What every diagram editor test starts from: a folder for its files, and no editor left open after it. */
abstract class EditorTestBase {

    @TempDir
    Path tmp;

    @AfterEach
    void closeEditors() {
        DiagramTestSupport.page().closeAllEditors(false);
    }
}
