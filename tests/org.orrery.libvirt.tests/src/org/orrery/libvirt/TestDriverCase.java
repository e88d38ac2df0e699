package org.orrery.libvirt;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.telemetry.TelemetryStore;

/** A test on libvirt's test driver: a folder for node files and a connection manager closed after each test. */
public abstract class TestDriverCase {

    @TempDir
    protected Path dir;
    protected final ConnectionManager manager = ConnectionManager.libvirt(new TelemetryStore());

    @AfterEach
    void closeManager() {
        manager.close();
    }
}
