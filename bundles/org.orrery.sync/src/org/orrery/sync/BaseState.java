package org.orrery.sync;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * The last common state of two trees: each path's file hash as both sides had it when their last
 * sync ended. It tells "changed on one side" (differs from the base on that side only) from
 * "changed on both" (a conflict). Written atomically (temporary file, then rename) only after a
 * sync installed everything, so an interrupted sync leaves the previous base; the next sync then
 * finds files that both sides already share and treats them as in sync.
 */
public final class BaseState {

    private static final int MAGIC = 0x4f534231; // "OSB1"

    private BaseState() {
    }

    /** The base at {@code file}, empty when there is none yet (a first sync). */
    public static Map<String, Hash> read(Path file) {
        Map<String, Hash> out = new TreeMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC) {
                throw new SyncException("the sync base " + file + " is not one (wrong magic): move it away to start afresh");
            }
            int n = in.readInt();
            byte[] h = new byte[Hash.SIZE];
            for (int i = 0; i < n; i++) {
                String path = TreePaths.check(in.readUTF());
                in.readFully(h);
                out.put(path, Hash.of(h, 0));
            }
            return out;
        } catch (NoSuchFileException e) {
            return out;
        } catch (IOException e) {
            throw new SyncException("cannot read the sync base " + file + ": " + e, e);
        }
    }

    public static void write(Path file, Map<String, Hash> base) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                out.writeInt(MAGIC);
                out.writeInt(base.size());
                byte[] h = new byte[Hash.SIZE];
                for (Map.Entry<String, Hash> e : new TreeMap<>(base).entrySet()) {
                    out.writeUTF(e.getKey());
                    e.getValue().copyTo(h, 0);
                    out.write(h);
                }
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new SyncException("cannot write the sync base " + file + ": " + e, e);
        }
    }
}
