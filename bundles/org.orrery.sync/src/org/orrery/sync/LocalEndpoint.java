package org.orrery.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A tree on this machine's disk. Its control folder {@value TreePaths#CONTROL} at the root holds
 * the staging pack (chunks received, not yet installed: {@link StagingPack}) and {@code tmp/}
 * (files being built). Both are on the tree's file system, so installing a file is an atomic
 * rename: a reader of the tree sees the old file or the new one, never a part.
 * <p>
 * Not thread-safe: one sync at a time drives it.
 */
public final class LocalEndpoint implements Endpoint {

    private record Location(String path, long offset, int length) {
    }

    private final String name;
    private final Path root;
    private final Path control;
    private final Path tmp;
    private final ChunkParams params;
    private final Scanner scanner;
    private final StagingPack pack;
    private final FileChannel lockFile;
    private final byte[] buf;

    private boolean quickCheck = true;
    private TreeManifest lastScan;
    private Map<Hash, Location> chunkIndex;
    private Plan prepared;
    private Set<Hash> preparedChunks;
    private Map<String, Path> built;

    /**
     * Opens the tree at {@code root} (created if absent) for syncing; recovers the staging pack of
     * an interrupted sync. Fails with a clear message when the root is not a folder or cannot be
     * written.
     */
    public static LocalEndpoint open(String name, Path root, ChunkParams params) {
        return new LocalEndpoint(name, root, params, Runtime.getRuntime().availableProcessors());
    }

    public static LocalEndpoint open(String name, Path root, ChunkParams params, int scanThreads) {
        return new LocalEndpoint(name, root, params, scanThreads);
    }

    private LocalEndpoint(String name, Path root, ChunkParams params, int scanThreads) {
        this.name = name;
        this.params = params;
        this.scanner = new Scanner(params, scanThreads);
        this.buf = new byte[params.max()];
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new SyncException("the " + name + " tree " + root + " is not a folder");
        }
        try {
            Files.createDirectories(root);
            this.root = root.toRealPath();
            this.control = this.root.resolve(TreePaths.CONTROL);
            Files.createDirectories(control);
            this.lockFile = lock(control.resolve("lock"));
            this.tmp = control.resolve("tmp");
            try {
                deleteTree(tmp); // files half-built by a sync that did not finish
                Files.createDirectories(tmp);
                Files.delete(Files.createTempFile(tmp, "probe", ""));
                this.pack = new StagingPack(control.resolve("staging.pack"), params.max());
            } catch (IOException | RuntimeException e) {
                lockFile.close(); // a tree that could not be opened is not held
                throw e;
            }
        } catch (IOException | SecurityException e) {
            throw new SyncException("cannot write to the " + name + " tree " + root + " (" + e
                    + "): a sync needs to write there", e);
        }
    }

    /**
     * One sync at a time per tree (they would share the staging pack): an OS file lock, which a
     * killed process drops with its life.
     */
    private FileChannel lock(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (ch.tryLock() != null) {
                return ch;
            }
        } catch (OverlappingFileLockException e) {
            // held in this JVM: the same answer
        }
        ch.close();
        throw new SyncException("the " + name + " tree " + root + " is in use by another sync: try again when it ends");
    }

    @Override
    public String name() {
        return name;
    }

    public Path root() {
        return root;
    }

    /** Chunks waiting in the staging pack (received, not yet installed). */
    public int stagedChunks() {
        return pack.chunks();
    }

    /** Bytes cut from the staging pack when it was opened (a torn or corrupt last record). */
    public long stagingDroppedBytes() {
        return pack.droppedBytes();
    }

    /** The last scan, with chunk lists (null before the first). */
    public TreeManifest lastScan() {
        return lastScan;
    }

    /**
     * Whether a scan reads only files whose size, time or inode changed since the last scan
     * ({@link ScanCache}; on by default). Off: every scan reads every byte.
     */
    public LocalEndpoint quickCheck(boolean on) {
        this.quickCheck = on;
        return this;
    }

    @Override
    public ScanResult scan() {
        long t0 = System.nanoTime();
        Instant start = Instant.now();
        Path cacheFile = control.resolve("scan-cache");
        Scanner.Scan scan = scanner.scan(root, quickCheck ? ScanCache.load(cacheFile, params) : ScanCache.EMPTY);
        lastScan = scan.manifest();
        chunkIndex = null;
        if (quickCheck) {
            try {
                ScanCache.save(cacheFile, lastScan, scan.stamps(), start.getEpochSecond() * 1_000_000_000L + start.getNano());
            } catch (SyncException e) {
                // Only an optimisation: the next scan reads everything.
            }
        }
        return new ScanResult(lastScan.summary(), lastScan.bytes(), scan.bytesRead(), lastScan.chunkCount(),
                System.nanoTime() - t0);
    }

    @Override
    public List<FileEntry> chunkLists(Collection<String> paths) {
        requireScan();
        List<FileEntry> out = new ArrayList<>(paths.size());
        for (String p : paths) {
            FileEntry e = lastScan.get(p);
            if (e == null) {
                throw new SyncException("the " + name + " tree has no file " + p);
            }
            out.add(e);
        }
        return out;
    }

    @Override
    public Prepared prepare(Plan plan) {
        requireScan();
        abort();
        Set<String> moveTargets = new HashSet<>();
        for (Plan.Op op : plan.ops()) {
            switch (op) {
                case Plan.Write w -> {
                    TreePaths.resolve(root, w.entry().path());
                    for (ChunkRef c : w.entry().chunks()) {
                        if (c.length() > params.max()) {
                            throw new SyncException("chunk " + c.hash().shortHex() + " of " + w.entry().path()
                                    + " is larger than the maximum chunk size " + params.max());
                        }
                    }
                    if (!FileEntry.fileHash(w.entry().size(), w.entry().chunks()).equals(w.entry().fileHash())) {
                        throw new SyncException("the plan's chunk list of " + w.entry().path()
                                + " does not match its file hash");
                    }
                }
                case Plan.Delete d -> TreePaths.resolve(root, d.path());
                case Plan.Move m -> {
                    TreePaths.resolve(root, m.from());
                    TreePaths.resolve(root, m.to());
                    if (lastScan.get(m.from()) == null) {
                        throw new SyncException("cannot move " + m.from() + ": the " + name + " tree has no such file");
                    }
                    if (lastScan.get(m.to()) != null || !moveTargets.add(m.to())) {
                        throw new SyncException("cannot move " + m.from() + " to " + m.to() + ": the target exists");
                    }
                }
            }
        }
        Map<Hash, Location> local = chunkIndex();
        List<Hash> all = plan.chunkHashes();
        List<Hash> missing = new ArrayList<>();
        long staged = 0;
        for (Hash h : all) {
            if (pack.contains(h)) {
                staged++;
            } else if (!local.containsKey(h)) {
                missing.add(h);
            }
        }
        prepared = plan;
        preparedChunks = new HashSet<>(all);
        return new Prepared(missing, all.size(), staged);
    }

    @Override
    public List<Chunk> readChunks(List<Hash> hashes) {
        requireScan();
        Map<Hash, Location> local = chunkIndex();
        List<Chunk> out = new ArrayList<>(hashes.size());
        try (LocalReader reader = new LocalReader()) {
            for (Hash h : hashes) {
                Location at = local.get(h);
                if (at == null) {
                    throw new SyncException("the " + name + " tree has no chunk " + h.shortHex());
                }
                byte[] data = new byte[at.length()];
                reader.read(at, h, data);
                out.add(new Chunk(h, data));
            }
        }
        return out;
    }

    @Override
    public void putChunks(List<Chunk> chunks) {
        if (prepared == null) {
            throw new SyncException("chunks sent to the " + name + " tree before a plan");
        }
        // Check the whole batch first: a batch with a bad chunk stages nothing.
        for (Chunk c : chunks) {
            if (!preparedChunks.contains(c.hash())) {
                throw new SyncException("chunk " + c.hash().shortHex() + " is not part of the plan: refused");
            }
            if (c.data().length > params.max() || !Hash.sha256(c.data(), 0, c.data().length).equals(c.hash())) {
                throw new SyncException("chunk " + c.hash().shortHex() + " arrived corrupt at the " + name
                        + " tree (its bytes do not match its hash): refused, nothing installed");
            }
        }
        try {
            for (Chunk c : chunks) {
                pack.append(c.hash(), c.data(), 0, c.data().length);
            }
        } catch (IOException e) {
            throw new SyncException("cannot stage chunks in the " + name + " tree " + root + ": " + e, e);
        }
    }

    @Override
    public Verified verify() {
        if (prepared == null) {
            throw new SyncException("nothing prepared to verify in the " + name + " tree");
        }
        checkUnchanged(prepared);
        Map<Hash, Location> local = chunkIndex();
        List<Plan.Write> writes = prepared.writes();
        // Files are built on as many threads as there are cores (reading, hashing, writing and
        // flushing overlap); every temporary file is recorded the moment it exists, so a failure
        // anywhere deletes them all.
        Map<String, Path> temps = new ConcurrentHashMap<>();
        int threads = Math.min(writes.size(), Runtime.getRuntime().availableProcessors());
        try {
            if (threads <= 1) {
                try (Builder b = new Builder(local, buf)) {
                    for (Plan.Write w : writes) {
                        b.build(w.entry(), temps);
                    }
                }
            } else {
                buildInParallel(writes, local, temps, threads);
            }
        } catch (RuntimeException e) {
            deleteAll(temps.values());
            throw e;
        }
        Map<String, Path> out = new LinkedHashMap<>();
        long bytes = 0;
        for (Plan.Write w : writes) {
            out.put(w.entry().path(), temps.get(w.entry().path()));
            bytes += w.entry().size();
        }
        built = out;
        return new Verified(out.size(), bytes);
    }

    private void buildInParallel(List<Plan.Write> writes, Map<Hash, Location> local, Map<String, Path> temps,
            int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "orrery-sync-build");
            t.setDaemon(true);
            return t;
        });
        List<Builder> builders = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<Builder> mine = ThreadLocal.withInitial(() -> {
            Builder b = new Builder(local, new byte[params.max()]);
            builders.add(b);
            return b;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Plan.Write w : writes) {
                futures.add(pool.submit(() -> mine.get().build(w.entry(), temps)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException("building files in the " + name + " tree was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new SyncException("cannot build files in the " + name + " tree " + root + ": " + e.getCause(),
                    e.getCause());
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES); // no build still writing a temp
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            builders.forEach(Builder::close);
        }
    }

    /** Builds files beside the tree, one thread's worth: its buffer, digest and open source file. */
    private final class Builder implements AutoCloseable {
        private final Map<Hash, Location> local;
        private final byte[] data;
        private final MessageDigest digest = Hash.newDigest();
        private final LocalReader reader = new LocalReader();

        Builder(Map<Hash, Location> local, byte[] data) {
            this.local = local;
            this.data = data;
        }

        /** Builds {@code e} in a temporary file (recorded in {@code temps} at once), every chunk checked. */
        void build(FileEntry e, Map<String, Path> temps) {
            try {
                Path temp = Files.createTempFile(tmp, "build", "");
                temps.put(e.path(), temp);
                try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    for (ChunkRef c : e.chunks()) {
                        int n = pack.read(c.hash(), data);
                        if (n < 0) {
                            Location at = local.get(c.hash());
                            if (at == null) {
                                throw new SyncException("chunk " + c.hash().shortHex() + " of " + e.path()
                                        + " never arrived at the " + name + " tree: not installed");
                            }
                            n = reader.read(at, c.hash(), data);
                        }
                        digest.update(data, 0, n);
                        if (n != c.length() || !Hash.wrap(digest.digest()).equals(c.hash())) {
                            throw new SyncException("chunk " + c.hash().shortHex() + " of " + e.path()
                                    + " is corrupt in the " + name + " tree's staging: not installed");
                        }
                        ByteBuffer bb = ByteBuffer.wrap(data, 0, n);
                        while (bb.hasRemaining()) {
                            ch.write(bb);
                        }
                    }
                    if (ch.size() != e.size()) {
                        throw new SyncException(e.path() + " was built with " + ch.size() + " bytes instead of "
                                + e.size() + ": not installed");
                    }
                    // On disk before the rename makes it visible: an install never exposes a file
                    // whose data a crash could lose.
                    ch.force(false);
                }
                Files.setLastModifiedTime(temp, FileTime.fromMillis(e.mtime()));
                if (e.mode() >= 0) {
                    setMode(temp, e.mode());
                }
            } catch (IOException x) {
                throw new SyncException("cannot build " + e.path() + " in the " + name + " tree " + root + ": " + x, x);
            }
        }

        @Override
        public void close() {
            reader.close();
        }
    }

    @Override
    public Installed install() {
        if (prepared == null || built == null) {
            throw new SyncException("nothing verified to install in the " + name + " tree");
        }
        checkUnchanged(prepared);
        int written = 0;
        int moved = 0;
        int deleted = 0;
        try {
            for (Plan.Op op : prepared.ops()) {
                if (op instanceof Plan.Move m) {
                    Path to = TreePaths.resolve(root, m.to());
                    Files.createDirectories(to.getParent());
                    Files.move(TreePaths.resolve(root, m.from()), to, StandardCopyOption.ATOMIC_MOVE);
                    removeEmptyParents(TreePaths.resolve(root, m.from()));
                    moved++;
                }
            }
            for (Plan.Write w : prepared.writes()) {
                Path target = TreePaths.resolve(root, w.entry().path());
                Files.createDirectories(target.getParent());
                Files.move(built.get(w.entry().path()), target, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                written++;
            }
            for (Plan.Op op : prepared.ops()) {
                if (op instanceof Plan.Delete d) {
                    Path file = TreePaths.resolve(root, d.path());
                    if (Files.deleteIfExists(file)) {
                        deleted++;
                    }
                    removeEmptyParents(file);
                }
            }
            pack.clear();
        } catch (AtomicMoveNotSupportedException e) {
            throw new SyncException("the " + name + " tree " + root + " cannot rename atomically: " + e, e);
        } catch (IOException e) {
            throw new SyncException("install in the " + name + " tree " + root + " stopped after " + written
                    + " files (each one whole; sync again to finish): " + e, e);
        } finally {
            prepared = null;
            preparedChunks = null;
            built = null;
            lastScan = null; // the tree changed: the next sync scans again
            chunkIndex = null;
        }
        return new Installed(written, moved, deleted);
    }

    @Override
    public void abort() {
        if (built != null) {
            deleteAll(built.values());
        }
        prepared = null;
        preparedChunks = null;
        built = null;
    }

    @Override
    public void close() {
        abort();
        try {
            pack.close();
            lockFile.close(); // releases the lock
        } catch (IOException e) {
            throw new SyncException("cannot close the staging pack of " + root + ": " + e, e);
        }
    }

    private void requireScan() {
        if (lastScan == null) {
            throw new SyncException("the " + name + " tree must be scanned first");
        }
    }

    /**
     * Refuses to go on when a file the plan touches changed after the scan the plan was made from
     * (size or time differ, or it appeared or vanished): the plan could lose that change.
     */
    private void checkUnchanged(Plan plan) {
        for (String p : plan.touchedPaths()) {
            FileEntry scanned = lastScan.get(p);
            Path file = TreePaths.resolve(root, p);
            BasicFileAttributes now;
            try {
                now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                now = null;
            } catch (IOException e) {
                throw new SyncException("cannot read " + file + ": " + e, e);
            }
            boolean same = scanned == null ? now == null
                    : now != null && now.size() == scanned.size() && now.lastModifiedTime().toMillis() == scanned.mtime();
            if (!same) {
                throw new SyncException(p + " changed in the " + name + " tree during the sync: nothing installed, "
                        + "sync again");
            }
        }
    }

    private Map<Hash, Location> chunkIndex() {
        if (chunkIndex == null) {
            Map<Hash, Location> index = new HashMap<>();
            for (FileEntry e : lastScan.files().values()) {
                long offset = 0;
                for (ChunkRef c : e.chunks()) {
                    index.putIfAbsent(c.hash(), new Location(e.path(), offset, c.length()));
                    offset += c.length();
                }
            }
            chunkIndex = index;
        }
        return chunkIndex;
    }

    /**
     * Reads chunks of this tree's files, checking each is still what the scan saw. Keeps the last
     * file open: consecutive chunks mostly come from one file, and opening it per chunk cost more
     * than reading the chunk.
     */
    private final class LocalReader implements AutoCloseable {
        private String path;
        private FileChannel channel;

        int read(Location at, Hash expected, byte[] target) {
            Path file = TreePaths.resolve(root, at.path());
            try {
                if (!at.path().equals(path)) {
                    close();
                    channel = FileChannel.open(file, StandardOpenOption.READ);
                    path = at.path();
                }
                ByteBuffer bb = ByteBuffer.wrap(target, 0, at.length());
                long pos = at.offset();
                while (bb.hasRemaining()) {
                    int n = channel.read(bb, pos);
                    if (n < 0) {
                        break;
                    }
                    pos += n;
                }
                if (bb.hasRemaining() || !Hash.sha256(target, 0, at.length()).equals(expected)) {
                    throw new SyncException(at.path() + " changed in the " + name + " tree since it was scanned: "
                            + "sync again");
                }
                return at.length();
            } catch (IOException e) {
                throw new SyncException("cannot read " + file + ": " + e, e);
            }
        }

        @Override
        public void close() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // read-only: nothing to lose
                }
                channel = null;
                path = null;
            }
        }
    }

    private void removeEmptyParents(Path file) throws IOException {
        for (Path dir = file.getParent(); dir != null && !dir.equals(root); dir = dir.getParent()) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
        }
    }

    private static void setMode(Path file, int mode) throws IOException {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission p : PosixFilePermission.values()) {
            if ((mode & (1 << (8 - p.ordinal()))) != 0) {
                perms.add(p);
            }
        }
        try {
            Files.setPosixFilePermissions(file, perms);
        } catch (UnsupportedOperationException e) {
            // A file system without POSIX modes keeps its default: the data is what matters.
        }
    }

    private static void deleteAll(Collection<Path> files) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                // Left in tmp/, which the next open empties.
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
