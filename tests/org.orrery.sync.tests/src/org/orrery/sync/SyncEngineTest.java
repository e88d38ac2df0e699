package org.orrery.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

class SyncEngineTest {

    private static final ChunkParams P = ChunkParams.DEFAULT;
    private static final String SUBJECT = "phone/p1/personal";

    @TempDir
    Path dir;

    private Path phoneDir() {
        return dir.resolve("phone");
    }

    private Path cloneDir() {
        return dir.resolve("clone");
    }

    /** One sync of the phone tree (local) with the clone tree (behind {@code link}). */
    private SyncReport sync(Link link, TelemetryStore store) {
        try (LocalEndpoint phone = LocalEndpoint.open("phone", phoneDir(), P);
                RemoteEndpoint clone = new RemoteEndpoint(link)) {
            return engine(phone, clone, store).sync();
        }
    }

    private SyncEngine engine(Endpoint phone, Endpoint clone, TelemetryStore store) {
        return new SyncEngine(phone, clone, phoneDir().resolve(TreePaths.CONTROL).resolve("base-clone"), store, SUBJECT)
                .clock(Clock.fixed(Instant.parse("2026-11-25T14:30:00Z"), ZoneOffset.UTC));
    }

    private Link link() {
        return link(Link.Fault.NONE, 0);
    }

    private Link link(Link.Fault fault, int atBatch) {
        return new Link(LocalEndpoint.open("clone", cloneDir(), P), fault, atBatch);
    }

    private SyncReport sync() {
        return sync(link(), null);
    }

    @Test
    void aFirstSyncCopiesTheTreeAndASecondOneSendsNothing() throws IOException {
        List<String> files = Trees.generate(phoneDir(), 10, 3 << 20, 1, 400_000);
        Files.write(phoneDir().resolve("empty"), new byte[0]);
        SyncReport first = sync();
        assertEquals(Trees.digest(phoneDir()), Trees.digest(cloneDir()));
        assertEquals(files.size() + 1, first.filesWritten());
        long total = Trees.sizes(phoneDir(), files).values().stream().mapToLong(Long::longValue).sum();
        assertEquals(total, first.chunkBytesSent());
        SyncReport second = sync();
        assertEquals(0, second.chunksSent());
        assertEquals(0, second.filesWritten());
    }

    /**
     * The headline bound. 1% of a 64 MB tree overwritten in 4 KiB regions at random places: the
     * chunk bytes sent are at most the changed bytes plus two maximum-size chunks per region (the
     * chunk each end of a region falls in, at worst), and in fact close to the changed bytes plus
     * about one average chunk per region; everything on the wire (manifests, plans, framing) adds at
     * most 200 bytes per file and 80 bytes per chunk of a changed file.
     */
    @Test
    void onePercentChangedInScatteredPlacesSendsOnlyTheChangedChunks() throws IOException {
        List<String> files = Trees.generate(phoneDir(), 11, 64L << 20, 64 << 10, 4 << 20);
        Trees.copy(phoneDir(), cloneDir());
        SyncReport same = sync(); // identical trees: no data, and the common state is recorded
        assertEquals(0, same.chunksSent());

        Map<String, Long> sizes = Trees.sizes(phoneDir(), files);
        long total = sizes.values().stream().mapToLong(Long::longValue).sum();
        SplittableRandom random = new SplittableRandom(12);
        int region = 4 << 10;
        long changed = 0;
        int regions = 0;
        java.util.Set<String> touched = new java.util.HashSet<>();
        while (changed < total / 100) {
            String f = files.get(random.nextInt(files.size()));
            long size = sizes.get(f);
            if (size < region) {
                continue;
            }
            Trees.overwrite(phoneDir().resolve(f), random.nextLong(size - region + 1), region, random);
            changed += region;
            regions++;
            touched.add(f);
        }
        long chunksOfChanged = new Scanner(P).scan(phoneDir()).files().entrySet().stream()
                .filter(e -> touched.contains(e.getKey())).mapToLong(e -> e.getValue().chunks().size()).sum();

        TelemetryStore store = new TelemetryStore();
        SyncReport r = sync(link(), store);
        assertEquals(Trees.digest(phoneDir()), Trees.digest(cloneDir()));
        long bound = changed + regions * 2L * P.max();
        long typical = changed + regions * 2L * P.avg();
        long wireBound = bound + 200L * files.size() * 2 + 80L * chunksOfChanged;
        System.out.printf(Locale.ROOT, "SyncEngineTest: %d regions, %,d bytes changed in a %,d-byte tree: %,d chunk "
                + "bytes sent (%d chunks of %d in the changed files), %,d bytes on the wire; bound %,d, typical %,d, "
                + "wire bound %,d%n", regions, changed, total, r.chunkBytesSent(), r.chunksSent(), r.chunksInPlans(),
                r.wireBytes(), bound, typical, wireBound);
        assertTrue(r.chunkBytesSent() >= changed / 2, "sent less than changed? " + r.chunkBytesSent());
        assertTrue(r.chunkBytesSent() <= bound, "sent " + r.chunkBytesSent() + " > bound " + bound);
        assertTrue(r.chunkBytesSent() <= typical, "sent " + r.chunkBytesSent() + " > typical " + typical);
        assertTrue(r.wireBytes() <= wireBound, "wire " + r.wireBytes() + " > " + wireBound);
        assertEquals(touched.size(), r.filesWritten());

        // The same transfer, in telemetry: five phases done, transfers adding up to the chunk bytes.
        List<TelemetryEvent> events = store.query(new TimeRange(0, Long.MAX_VALUE), e -> SUBJECT.equals(e.subject()));
        for (String phase : List.of("scan", "negotiate", "transfer", "verify", "install")) {
            assertTrue(events.stream().anyMatch(e -> e.kind() == EventKind.SYNC_PHASE
                    && phase.equals(e.text(Attribute.PHASE)) && "done".equals(e.text(Attribute.STATE))), phase);
        }
        long reported = events.stream().filter(e -> e.kind() == EventKind.SYNC_TRANSFER)
                .peek(e -> assertEquals("up", e.text(Attribute.DIRECTION)))
                .mapToLong(e -> (long) e.number(Attribute.BYTES, 0)).sum();
        assertEquals(r.chunkBytesSent(), reported);
        TelemetryEvent scan = events.stream().filter(e -> "scan".equals(e.text(Attribute.PHASE))
                && "done".equals(e.text(Attribute.STATE))).findFirst().orElseThrow();
        assertEquals(r.bytesScanned(), (long) scan.number(Attribute.BYTES, 0));
        assertEquals(2 * total, r.treeBytes());
    }

    @Test
    void bytesInsertedInTheMiddleOfAFileResendOnlyTheChunksAroundThem() throws IOException {
        byte[] data = Trees.random(20, 6 << 20);
        Files.createDirectories(phoneDir());
        Files.write(phoneDir().resolve("video.mp4"), data);
        sync();
        byte[] insert = Trees.random(21, 1000);
        byte[] changed = new byte[data.length + insert.length];
        int at = 3_000_017;
        System.arraycopy(data, 0, changed, 0, at);
        System.arraycopy(insert, 0, changed, at, insert.length);
        System.arraycopy(data, at, changed, at + insert.length, data.length - at);
        Files.write(phoneDir().resolve("video.mp4"), changed);
        SyncReport r = sync();
        assertEquals(Trees.digest(phoneDir()), Trees.digest(cloneDir()));
        assertTrue(r.chunkBytesSent() <= insert.length + 2L * P.max(), "sent " + r.chunkBytesSent());
        assertTrue(r.chunksSent() <= 3, r.chunksSent() + " chunks sent");
    }

    @Test
    void anInterruptedSyncLeavesTheCloneIntactAndTheNextSendsOnlyTheRest() throws IOException {
        Trees.generate(phoneDir(), 30, 6 << 20, 10_000, 1 << 20);
        Files.createDirectories(cloneDir());
        Files.writeString(cloneDir().resolve("old.txt"), "the clone's old file");
        Map<String, String> cloneBefore = Trees.digest(cloneDir());

        Link dropping = link(Link.Fault.DROP, 3);
        SyncException e = assertThrows(SyncException.class, () -> sync(dropping, null));
        assertTrue(e.getMessage().contains("link to the clone side failed during chunk transfer"), e.getMessage());
        assertEquals(cloneBefore, Trees.digest(cloneDir()), "nothing installed, nothing half-written visible");

        // The clone's process dies with the link: a new endpoint recovers what was staged.
        long staged;
        try (LocalEndpoint reopened = LocalEndpoint.open("clone", cloneDir(), P)) {
            staged = reopened.stagedChunks();
        }
        assertTrue(staged > 0, "the two delivered batches are staged");

        SyncReport resumed = sync();
        assertEquals(Trees.digest(phoneDir()), Trees.digest(cloneDir()));
        long needed = new Scanner(P).scan(phoneDir()).files().values().stream()
                .flatMap(f -> f.chunks().stream()).map(ChunkRef::hash).distinct().count();
        assertEquals(needed - staged, resumed.chunksSent(), "only what had not arrived is sent again");
    }

    @Test
    void aTornRecordLeftByAKilledProcessIsDroppedAndResent() throws IOException {
        Trees.generate(phoneDir(), 31, 3 << 20, 10_000, 500_000);
        assertThrows(SyncException.class, () -> sync(link(Link.Fault.DROP, 2), null));
        Path pack = cloneDir().resolve(TreePaths.CONTROL).resolve("staging.pack");
        long whole = Files.size(pack);
        // A record cut in the middle of its data, as a kill during the write leaves it.
        Files.write(pack, Trees.random(32, 5000), StandardOpenOption.APPEND);
        try (LocalEndpoint reopened = LocalEndpoint.open("clone", cloneDir(), P)) {
            assertEquals(5000, reopened.stagingDroppedBytes());
        }
        assertEquals(whole, Files.size(pack));
        sync();
        assertEquals(Trees.digest(phoneDir()), Trees.digest(cloneDir()));
    }

    @Test
    void aChunkCorruptedInTransitIsDetectedAndNothingIsInstalled() throws IOException {
        Trees.generate(phoneDir(), 40, 2 << 20, 10_000, 300_000);
        Files.createDirectories(cloneDir());
        Files.writeString(cloneDir().resolve("keep.txt"), "clone data");
        Map<String, String> before = Trees.digest(cloneDir());
        SyncException e = assertThrows(SyncException.class, () -> sync(link(Link.Fault.CORRUPT, 1), null));
        assertTrue(e.getMessage().contains("arrived corrupt"), e.getMessage());
        assertEquals(before, Trees.digest(cloneDir()));
        try (LocalEndpoint reopened = LocalEndpoint.open("clone", cloneDir(), P)) {
            assertEquals(0, reopened.stagedChunks(), "a batch with a bad chunk stages nothing");
        }
        sync();
        Map<String, String> phone = Trees.digest(phoneDir());
        phone.put("keep.txt", before.get("keep.txt"));
        assertEquals(phone, Trees.digest(cloneDir()), "a clean sync afterwards completes (both ways)");
    }

    @Test
    void aTruncatedTransferIsDetectedAndNothingIsInstalled() throws IOException {
        Trees.generate(phoneDir(), 41, 2 << 20, 10_000, 300_000);
        SyncException e = assertThrows(SyncException.class, () -> sync(link(Link.Fault.TRUNCATE, 1), null));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertEquals(Map.of(), Trees.digest(cloneDir()));
    }

    @Test
    void aChunkCorruptedInStagingIsDetectedWhenThePackIsOpened() throws IOException {
        Trees.generate(phoneDir(), 42, 3 << 20, 10_000, 500_000);
        assertThrows(SyncException.class, () -> sync(link(Link.Fault.DROP, 3), null));
        Path pack = cloneDir().resolve(TreePaths.CONTROL).resolve("staging.pack");
        long size = Files.size(pack);
        try (var ch = java.nio.channels.FileChannel.open(pack, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {0x55}), size / 2); // bit rot in the middle
        }
        try (LocalEndpoint reopened = LocalEndpoint.open("clone", cloneDir(), P)) {
            assertTrue(reopened.stagingDroppedBytes() > 0, "the bad record and what follows are dropped");
        }
        sync();
        assertEquals(Trees.digest(phoneDir()), Trees.digest(cloneDir()));
    }

    @Test
    void deletionsAndRenamesFollowAndARenameSendsNoData() throws IOException {
        Trees.generate(phoneDir(), 50, 2 << 20, 100_000, 600_000);
        Files.writeString(phoneDir().resolve("gone.txt"), "to be deleted");
        Files.createDirectories(phoneDir().resolve("photos"));
        Files.write(phoneDir().resolve("photos/a.jpg"), Trees.random(51, 900_000));
        sync();
        Files.delete(phoneDir().resolve("gone.txt"));
        Files.createDirectories(phoneDir().resolve("album"));
        Files.move(phoneDir().resolve("photos/a.jpg"), phoneDir().resolve("album/b.jpg"));
        SyncReport r = sync();
        assertEquals(Trees.digest(phoneDir()), Trees.digest(cloneDir()));
        assertEquals(0, r.chunkBytesSent(), "a rename moves the file, it does not resend it");
        assertEquals(1, r.filesMoved());
        assertEquals(1, r.filesDeleted());
        assertFalse(Files.exists(cloneDir().resolve("photos")), "a folder emptied by the sync goes too");
    }

    @Test
    void changesOnTheCloneComeBackToThePhone() throws IOException {
        Trees.generate(phoneDir(), 60, 1 << 20, 10_000, 200_000);
        sync();
        Files.writeString(cloneDir().resolve("result.json"), "{\"answer\": 42}");
        TelemetryStore store = new TelemetryStore();
        SyncReport r = sync(link(), store);
        assertEquals("{\"answer\": 42}", Files.readString(phoneDir().resolve("result.json")));
        assertEquals(14, r.chunkBytesSent());
        assertTrue(store.query(new TimeRange(0, Long.MAX_VALUE), ev -> ev.kind() == EventKind.SYNC_TRANSFER).stream()
                .allMatch(ev -> "down".equals(ev.text(Attribute.DIRECTION))));
    }

    @Test
    void aConflictKeepsThePhonesVersionAtThePathAndTheClonesAsACopyOnBothSides() throws IOException {
        Files.createDirectories(phoneDir());
        Files.writeString(phoneDir().resolve("notes.txt"), "v1");
        Files.writeString(phoneDir().resolve("todo.txt"), "v1");
        sync();
        Files.writeString(phoneDir().resolve("notes.txt"), "phone edit");
        Files.writeString(cloneDir().resolve("notes.txt"), "clone edit");
        // Deleted on the phone, edited on the clone: the edit wins, the file comes back.
        Files.delete(phoneDir().resolve("todo.txt"));
        Files.writeString(cloneDir().resolve("todo.txt"), "clone kept working on this");
        SyncReport r = sync();
        String copy = "notes.txt.clone-conflict-20261125T143000Z";
        assertEquals(List.of(new SyncReport.Conflict("notes.txt", copy)), r.conflicts());
        for (Path side : List.of(phoneDir(), cloneDir())) {
            assertEquals("phone edit", Files.readString(side.resolve("notes.txt")), side.toString());
            assertEquals("clone edit", Files.readString(side.resolve(copy)), side.toString());
            assertEquals("clone kept working on this", Files.readString(side.resolve("todo.txt")), side.toString());
        }
        // Resolved: the next sync has nothing to do.
        SyncReport again = sync();
        assertEquals(0, again.filesWritten() + again.filesMoved() + again.filesDeleted());
    }

    @Test
    void aFirstSyncOfTwoTreesThatDifferMergesThemByTheSameRule() throws IOException {
        Files.createDirectories(phoneDir());
        Files.createDirectories(cloneDir().resolve("app"));
        Files.writeString(phoneDir().resolve("a.txt"), "phone's a");
        Files.writeString(cloneDir().resolve("a.txt"), "clone's a");
        Files.writeString(cloneDir().resolve("app/b.txt"), "only on the clone");
        SyncReport r = sync();
        String copy = "a.txt.clone-conflict-20261125T143000Z";
        assertEquals(List.of(new SyncReport.Conflict("a.txt", copy)), r.conflicts());
        assertEquals(Trees.digest(phoneDir()), Trees.digest(cloneDir()));
        assertEquals("phone's a", Files.readString(cloneDir().resolve("a.txt")));
        assertEquals("clone's a", Files.readString(phoneDir().resolve(copy)));
        assertEquals("only on the clone", Files.readString(phoneDir().resolve("app/b.txt")));
    }

    @Test
    void aRenameOnTheCloneIsAMoveOnThePhone() throws IOException {
        Files.createDirectories(phoneDir());
        Files.write(phoneDir().resolve("big.db"), Trees.random(80, 500_000));
        sync();
        Files.move(cloneDir().resolve("big.db"), cloneDir().resolve("big-renamed.db"));
        SyncReport r = sync();
        assertEquals(Trees.digest(phoneDir()), Trees.digest(cloneDir()));
        assertTrue(Files.exists(phoneDir().resolve("big-renamed.db")));
        assertEquals(0, r.chunkBytesSent());
        assertEquals(1, r.filesMoved());
    }

    /**
     * The quick check: a file whose size, time and inode are those of the last scan is not read
     * again, unless its time was too close to that scan (racy); a change that restores size and
     * time is only seen with the quick check off.
     */
    @Test
    void theQuickCheckReadsOnlyFilesThatChanged() throws IOException {
        Trees.generate(phoneDir(), 85, 2 << 20, 10_000, 300_000);
        java.nio.file.attribute.FileTime past = java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(3600));
        List<Path> files;
        try (var walk = Files.walk(phoneDir())) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            Files.setLastModifiedTime(f, past);
        }
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        try (LocalEndpoint phone = LocalEndpoint.open("phone", phoneDir(), P)) {
            assertEquals(total, phone.scan().bytesRead(), "no cache yet: everything is read");
            Endpoint.ScanResult again = phone.scan();
            assertEquals(0, again.bytesRead(), "nothing changed: nothing is read");
            assertEquals(total, again.bytes());

            Path edited = files.get(0);
            Trees.overwrite(edited, 0, 100, new SplittableRandom(86));
            Endpoint.ScanResult afterEdit = phone.scan();
            assertEquals(Files.size(edited), afterEdit.bytesRead(), "only the edited file is read");
            assertNotEquals(again.summary().get(TreePaths.relative(phoneDir(), edited)).fileHash(),
                    afterEdit.summary().get(TreePaths.relative(phoneDir(), edited)).fileHash());
            assertEquals(Files.size(edited), phone.scan().bytesRead(), "edited just now: racy, read again");

            // Rewritten with its old size and time put back: the quick check cannot see it...
            Path sneaky = files.get(1);
            Trees.overwrite(sneaky, 0, 100, new SplittableRandom(87));
            Files.setLastModifiedTime(sneaky, past);
            String path = TreePaths.relative(phoneDir(), sneaky);
            Hash cached = phone.scan().summary().get(path).fileHash();
            // ...a full scan does.
            Hash full = phone.quickCheck(false).scan().summary().get(path).fileHash();
            assertNotEquals(cached, full);
        }
    }

    /**
     * The clone's user edits a file after the clone was scanned and before the install that would
     * replace it: the sync stops and installs nothing, the edit survives, and the next sync treats
     * it as a conflict (both versions kept).
     */
    @Test
    void anEditOnTheReceivingSideDuringASyncIsNeverOverwritten() throws IOException {
        Files.createDirectories(phoneDir());
        Files.writeString(phoneDir().resolve("notes.txt"), "v1");
        sync();
        Files.writeString(phoneDir().resolve("notes.txt"), "phone v2");
        try (LocalEndpoint phone = LocalEndpoint.open("phone", phoneDir(), P);
                LocalEndpoint real = LocalEndpoint.open("clone", cloneDir(), P)) {
            Endpoint clone = new Endpoint() { // the clone, with its user typing during the transfer
                public String name() { return real.name(); }
                public ScanResult scan() { return real.scan(); }
                public List<FileEntry> chunkLists(java.util.Collection<String> paths) { return real.chunkLists(paths); }
                public Prepared prepare(Plan plan) { return real.prepare(plan); }
                public List<Chunk> readChunks(List<Hash> hashes) { return real.readChunks(hashes); }
                public void putChunks(List<Chunk> chunks) {
                    real.putChunks(chunks);
                    try {
                        Files.writeString(cloneDir().resolve("notes.txt"), "clone edit, typed during the sync");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                public Verified verify() { return real.verify(); }
                public Installed install() { return real.install(); }
                public void abort() { real.abort(); }
                public void close() { real.close(); }
            };
            SyncException e = assertThrows(SyncException.class, () -> engine(phone, clone, null).sync());
            assertEquals("notes.txt changed in the clone tree during the sync: nothing installed, sync again",
                    e.getMessage());
        }
        assertEquals("clone edit, typed during the sync", Files.readString(cloneDir().resolve("notes.txt")));
        SyncReport r = sync();
        assertEquals(1, r.conflicts().size());
        assertEquals("phone v2", Files.readString(cloneDir().resolve("notes.txt")));
        assertEquals("clone edit, typed during the sync", Files.readString(cloneDir().resolve(r.conflicts().get(0).keptAs())));
    }

    @Test
    void aPathEscapingTheTreeIsRefusedWithAClearMessage() throws IOException {
        Files.createDirectories(cloneDir());
        try (LocalEndpoint clone = LocalEndpoint.open("clone", cloneDir(), P)) {
            clone.scan();
            EndpointServer server = new EndpointServer(clone);
            // A plan written by hand, as a broken or hostile peer could send it.
            byte[] request = new Wire.Out(Wire.PREPARE).i32(1).u8(1).text("../x").i64(3).i64(0).i32(0644)
                    .bytes(new byte[32]).i32(0).toBytes();
            Wire.In answer = new Wire.In(server.handle(request));
            assertEquals(Wire.ERROR, answer.u8());
            assertEquals("unsafe path '../x': escapes the tree ('..')", answer.text());
            byte[] move = new Wire.Out(Wire.PREPARE).i32(1).u8(3).text("a").text("/etc/passwd").toBytes();
            answer = new Wire.In(server.handle(move));
            assertEquals(Wire.ERROR, answer.u8());
            assertTrue(answer.text().contains("absolute"));
        }
        assertFalse(Files.exists(dir.resolve("x")));
        SyncException e = assertThrows(SyncException.class, () -> TreePaths.check("a/../../x"));
        assertTrue(e.getMessage().contains("escapes the tree"));
    }

    @Test
    void aDestinationThatCannotBeWrittenGivesAClearMessage() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        SyncException e = assertThrows(SyncException.class, () -> LocalEndpoint.open("clone", file, P));
        assertEquals("the clone tree " + file + " is not a folder", e.getMessage());
        // The control folder cannot be made (a file is in its place): no sync can stage or install.
        Path blocked = Files.createDirectories(dir.resolve("blocked"));
        Files.writeString(blocked.resolve(TreePaths.CONTROL), "in the way");
        e = assertThrows(SyncException.class, () -> LocalEndpoint.open("clone", blocked, P));
        assertTrue(e.getMessage().startsWith("cannot write to the clone tree " + blocked), e.getMessage());
        if (!"root".equals(System.getProperty("user.name"))) { // root writes through permissions
            Path readOnly = Files.createDirectories(dir.resolve("ro"));
            readOnly.toFile().setWritable(false);
            try {
                e = assertThrows(SyncException.class, () -> LocalEndpoint.open("clone", readOnly, P));
                assertTrue(e.getMessage().contains("a sync needs to write there"), e.getMessage());
            } finally {
                readOnly.toFile().setWritable(true);
            }
        }
    }

    @Test
    void sidesThatCutChunksDifferentlyAreRefusedAndTheFailureIsReported() throws IOException {
        Files.createDirectories(phoneDir());
        Files.writeString(phoneDir().resolve("a.txt"), "a");
        TelemetryStore store = new TelemetryStore();
        try (LocalEndpoint phone = LocalEndpoint.open("phone", phoneDir(), P);
                LocalEndpoint clone = LocalEndpoint.open("clone", cloneDir(), new ChunkParams(1024, 4096, 32768))) {
            SyncException e = assertThrows(SyncException.class, () -> engine(phone, clone, store).sync());
            assertTrue(e.getMessage().contains("cut chunks differently"), e.getMessage());
        }
        TelemetryEvent failed = store.get(store.size() - 1);
        assertEquals("failed", failed.text(Attribute.STATE));
        assertEquals("scan", failed.text(Attribute.PHASE));
        assertTrue(failed.text(Attribute.REASON).contains("cut chunks differently"));
        assertFalse(Files.exists(cloneDir().resolve("a.txt")));
    }

    @Test
    void aSyncOverARealSocketEndsWithIdenticalTrees() throws IOException {
        Trees.generate(phoneDir(), 70, 2 << 20, 10_000, 400_000);
        try (SocketTransport.Server server = new SocketTransport.Server(0,
                () -> LocalEndpoint.open("clone", cloneDir(), P))) {
            try (LocalEndpoint phone = LocalEndpoint.open("phone", phoneDir(), P);
                    RemoteEndpoint clone = new RemoteEndpoint(SocketTransport.connect("127.0.0.1", server.port(), 5000))) {
                SyncReport r = engine(phone, clone, null).sync();
                assertTrue(r.wireBytes() > r.chunkBytesSent());
            }
            assertEquals(Trees.digest(phoneDir()), Trees.digest(cloneDir()));
            Files.writeString(phoneDir().resolve("new.txt"), "hello");
            try (LocalEndpoint phone = LocalEndpoint.open("phone", phoneDir(), P);
                    RemoteEndpoint clone = new RemoteEndpoint(SocketTransport.connect("127.0.0.1", server.port(), 5000))) {
                SyncReport r = engine(phone, clone, null).sync();
                assertEquals(5, r.chunkBytesSent());
                // One sync at a time per tree: opening the clone tree meanwhile is refused, saying why.
                SyncException e = assertThrows(SyncException.class, () -> LocalEndpoint.open("clone", cloneDir(), P));
                assertTrue(e.getMessage().contains("is in use by another sync"), e.getMessage());
            }
            // And the other way round: the server answers a client with the reason it cannot serve.
            try (LocalEndpoint busy = openWhenFree(cloneDir())) {
                SyncException e = assertThrows(SyncException.class,
                        () -> new RemoteEndpoint(SocketTransport.connect("127.0.0.1", server.port(), 5000)));
                assertTrue(e.getMessage().contains("is in use by another sync"), e.getMessage());
            }
        }
        assertEquals(Trees.digest(phoneDir()), Trees.digest(cloneDir()));
        assertNotEquals(0, Trees.digest(cloneDir()).size());
    }

    /** Opens the clone tree once the server has let go of it (it closes a connection's endpoint after the client left). */
    private static LocalEndpoint openWhenFree(Path tree) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                return LocalEndpoint.open("clone", tree, P);
            } catch (SyncException e) {
                if (System.nanoTime() > deadline || !e.getMessage().contains("in use")) {
                    throw e;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
