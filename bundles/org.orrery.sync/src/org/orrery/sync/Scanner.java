package org.orrery.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads every regular file of a tree and cuts it into hashed chunks. Symbolic links, devices and
 * empty folders are not part of a tree (a link could point out of it); the control folder is
 * skipped.
 * <p>
 * Speed is the point (the whole tree is read on every sync): each file is read with a
 * {@link FileChannel} into one large {@code byte[]} per thread, the {@link Chunker} runs over the
 * array, and each chunk is hashed straight from it; files are spread over as many threads as the
 * JVM sees cores, largest first so that one big file does not finish last alone.
 */
public final class Scanner {

    /** Read buffer per thread; a multiple of the largest chunk so that refills are rare. */
    private static final int BUFFER = 4 << 20;

    private final ChunkParams params;
    private final Chunker chunker;
    private final int threads;

    public Scanner(ChunkParams params) {
        this(params, Runtime.getRuntime().availableProcessors());
    }

    public Scanner(ChunkParams params, int threads) {
        this.params = params;
        this.chunker = new Chunker(params);
        this.threads = Math.max(1, threads);
        if (params.max() * 2 > BUFFER) {
            throw new IllegalArgumentException("maximum chunk size too large for the scan buffer: " + params.max());
        }
    }

    /**
     * What a scan found: the manifest (with chunk lists), how each file looked (for the next
     * quick check), and what had to be read.
     */
    record Scan(TreeManifest manifest, Map<String, ScanCache.Stamp> stamps, long bytesRead, int filesRead) {
    }

    /** The manifest of the tree at {@code root}, with chunk lists; every file is read. */
    public TreeManifest scan(Path root) {
        return scan(root, ScanCache.EMPTY).manifest();
    }

    /** Scans {@code root}, reading only the files {@code cache} does not vouch for. */
    Scan scan(Path root, ScanCache cache) {
        List<Path> files = listFiles(root);
        List<Scanned> results = new ArrayList<>(files.size());
        if (threads == 1 || files.size() < 2) {
            Worker worker = new Worker();
            for (Path f : files) {
                results.add(worker.scanFile(root, f, cache));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "orrery-sync-scan");
                t.setDaemon(true);
                return t;
            });
            try {
                ThreadLocal<Worker> workers = ThreadLocal.withInitial(Worker::new);
                List<Future<Scanned>> futures = new ArrayList<>(files.size());
                for (Path f : files) {
                    futures.add(pool.submit(() -> workers.get().scanFile(root, f, cache)));
                }
                for (Future<Scanned> r : futures) {
                    results.add(r.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SyncException("scan of " + root + " interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new SyncException("scan of " + root + " failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        TreeMap<String, FileEntry> out = new TreeMap<>();
        Map<String, ScanCache.Stamp> stamps = new HashMap<>();
        long bytesRead = 0;
        int filesRead = 0;
        for (Scanned r : results) {
            out.put(r.entry().path(), r.entry());
            stamps.put(r.entry().path(), r.stamp());
            if (r.read()) {
                bytesRead += r.entry().size();
                filesRead++;
            }
        }
        return new Scan(new TreeManifest(params, out), stamps, bytesRead, filesRead);
    }

    /** One file's result: its entry, how it looked, and whether it had to be read. */
    private record Scanned(FileEntry entry, ScanCache.Stamp stamp, boolean read) {
    }

    /** Regular files under {@code root}, largest first (see the class comment). */
    private static List<Path> listFiles(Path root) {
        record Sized(Path path, long size) {
        }
        List<Sized> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(root.resolve(TreePaths.CONTROL)) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        found.add(new Sized(file, attrs.size()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new SyncException("cannot list the tree at " + root + ": " + e, e);
        }
        found.sort(Comparator.comparingLong(Sized::size).reversed());
        return found.stream().map(Sized::path).toList();
    }

    /** What one thread needs: its buffer and digest, reused for every file. */
    private final class Worker {
        private final byte[] buf = new byte[BUFFER];
        private final ByteBuffer wrapped = ByteBuffer.wrap(buf);
        private final MessageDigest digest = Hash.newDigest();

        Scanned scanFile(Path root, Path file, ScanCache cache) {
            String path = TreePaths.relative(root, file);
            // A file written while it is read would get a manifest matching neither version: read
            // again (a few times) until size and time are the same before and after.
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    BasicFileAttributes before = attributes(file);
                    ScanCache.Stamp stamp = ScanCache.Stamp.of(before);
                    FileEntry known = cache.lookup(path, stamp);
                    if (known != null) {
                        return new Scanned(known, stamp, false);
                    }
                    List<ChunkRef> chunks = new ArrayList<>();
                    long size = read(file, chunks);
                    BasicFileAttributes after = attributes(file);
                    if (size == after.size() && before.lastModifiedTime().equals(after.lastModifiedTime())) {
                        return new Scanned(new FileEntry(path, size, after.lastModifiedTime().toMillis(), mode(after),
                                FileEntry.fileHash(size, chunks), chunks), stamp, true);
                    }
                } catch (IOException e) {
                    throw new SyncException("cannot read " + file + ": " + e, e);
                }
            }
            throw new SyncException(file + " keeps changing while it is scanned; sync again when it is quiet");
        }

        private long read(Path file, List<ChunkRef> chunks) throws IOException {
            int max = chunker.max();
            long total = 0;
            int start = 0;
            int end = 0;
            boolean eof = false;
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                while (true) {
                    if (!eof && end - start < max) {
                        // Keep the unfinished tail, fill the rest of the buffer.
                        System.arraycopy(buf, start, buf, 0, end - start);
                        end -= start;
                        start = 0;
                        wrapped.limit(buf.length).position(end);
                        while (wrapped.hasRemaining()) {
                            if (ch.read(wrapped) < 0) {
                                eof = true;
                                break;
                            }
                        }
                        end = wrapped.position();
                    }
                    if (start == end) {
                        return total;
                    }
                    int len = chunker.cut(buf, start, end);
                    digest.update(buf, start, len);
                    chunks.add(new ChunkRef(Hash.wrap(digest.digest()), len));
                    start += len;
                    total += len;
                }
            }
        }
    }

    private static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException e) {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** POSIX permission bits, or -1 where the file system has none. */
    static int mode(BasicFileAttributes attrs) {
        if (!(attrs instanceof PosixFileAttributes posix)) {
            return -1;
        }
        int mode = 0;
        for (PosixFilePermission p : posix.permissions()) {
            mode |= 1 << (8 - p.ordinal());
        }
        return mode;
    }

}
