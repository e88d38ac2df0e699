package org.orrery.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Real trees on disk for the tests and the benchmark: seeded random files, and what a tree holds. */
final class Trees {

    private Trees() {
    }

    /** Seeded random bytes (the same seed gives the same bytes). */
    static byte[] random(long seed, int size) {
        byte[] b = new byte[size];
        fill(new SplittableRandom(seed), b, 0, size);
        return b;
    }

    static void fill(SplittableRandom random, byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long v = random.nextLong();
            for (int k = 0; k < 8; k++) {
                b[i + k] = (byte) (v >>> (8 * k));
            }
        }
        for (; i < to; i++) {
            b[i] = (byte) random.nextInt();
        }
    }

    /**
     * Writes files of random content with sizes drawn log-uniformly in [minSize, maxSize] until
     * {@code totalBytes} are written, spread over a few folders; returns their paths.
     */
    static List<String> generate(Path root, long seed, long totalBytes, int minSize, int maxSize) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> paths = new ArrayList<>();
        long written = 0;
        byte[] buf = new byte[maxSize];
        double lmin = Math.log(minSize);
        double lmax = Math.log(maxSize);
        try {
            for (int i = 0; written < totalBytes; i++) {
                int size = (int) Math.min(totalBytes - written, Math.round(Math.exp(lmin + random.nextDouble() * (lmax - lmin))));
                size = Math.max(size, 1);
                fill(random, buf, 0, size);
                String path = "d" + (i % 7) + "/s" + (i % 3) + "/file-" + i + ".bin";
                Path file = root.resolve(path);
                Files.createDirectories(file.getParent());
                Files.write(file, java.util.Arrays.copyOf(buf, size));
                paths.add(path);
                written += size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }

    /** Path to SHA-256 of the content of every regular file (the control folder left out). */
    static Map<String, String> digest(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = TreePaths.relative(root, p);
                if (rel.startsWith(TreePaths.CONTROL + "/")) {
                    continue;
                }
                byte[] data = Files.readAllBytes(p);
                out.put(rel, Hash.sha256(data, 0, data.length).hex());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Copies a tree (control folder left out), keeping modification times. */
    static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = TreePaths.relative(from, p);
                if (rel.startsWith(TreePaths.CONTROL + "/")) {
                    continue;
                }
                Path target = to.resolve(rel);
                Files.createDirectories(target.getParent());
                Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Overwrites {@code length} bytes of {@code file} at {@code offset} with random ones, in place. */
    static void overwrite(Path file, long offset, int length, SplittableRandom random) {
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            byte[] b = new byte[length];
            fill(random, b, 0, length);
            var bb = java.nio.ByteBuffer.wrap(b);
            long pos = offset;
            while (bb.hasRemaining()) {
                pos += ch.write(bb, pos);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File sizes by path. */
    static Map<String, Long> sizes(Path root, List<String> paths) {
        Map<String, Long> out = new TreeMap<>();
        try {
            for (String p : paths) {
                out.put(p, Files.size(root.resolve(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
