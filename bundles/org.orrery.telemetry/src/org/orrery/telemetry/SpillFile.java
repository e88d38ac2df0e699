package org.orrery.telemetry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The append-only file a store spills sealed chunks to. Created on the first spill, never
 * before, so a store that stays within its limits touches no disk. The file is opened with
 * DELETE_ON_CLOSE, which on Linux unlinks it at once: it has no name while in use and its space
 * returns when the store is closed or collected, even after a crash.
 * <p>
 * One writer (the store's writer, under its lock) appends; any thread reads, with positional
 * reads that need no lock.
 */
final class SpillFile implements AutoCloseable {

    private final Path directory;
    private volatile FileChannel channel;
    private volatile long end;

    SpillFile(Path directory) {
        this.directory = directory;
    }

    /** Appends {@code data} (position to limit); returns the offset it was written at. */
    long append(ByteBuffer data) {
        try {
            FileChannel ch = channel;
            if (ch == null) {
                Files.createDirectories(directory);
                Path file = Files.createTempFile(directory, "orrery-telemetry-", ".spill");
                ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
                channel = ch;
            }
            long offset = end;
            long position = offset;
            while (data.hasRemaining()) {
                position += ch.write(data, position);
            }
            end = position;
            return offset;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill telemetry to " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Reads {@code length} bytes written at {@code offset}. */
    ByteBuffer read(long offset, int length) {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try {
            FileChannel ch = channel;
            long position = offset;
            while (buffer.hasRemaining()) {
                int n = ch.read(buffer, position);
                if (n < 0) {
                    throw new IOException("spill file ends at " + position + ", expected " + (offset + length));
                }
                position += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spilled telemetry: " + e.getMessage(), e);
        }
        return buffer.flip();
    }

    /** Bytes written so far. */
    long size() {
        return end;
    }

    @Override
    public void close() {
        FileChannel ch = channel;
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // the file was unlinked when opened: nothing is left behind either way
            }
        }
    }
}
