package org.orrery.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;

import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;

/**
 * Keeps a phone instance's tree and its clone's in sync, both ways: the coordinator of one sync
 * between two {@link Endpoint}s. Phases, each reported as {@link EventKind#SYNC_PHASE} events:
 * <ol>
 * <li><b>scan</b>: both sides chunk their trees (at once); only summaries cross.</li>
 * <li><b>negotiate</b>: {@link Reconciler} decides each side's plan from the summaries and the
 * last common state; the source sides give chunk lists of the files to write; each receiving
 * side answers which chunks it lacks (it has the rest in its own files or its staging pack).</li>
 * <li><b>transfer</b>: only those chunks cross, in batches ({@link EventKind#SYNC_TRANSFER} per
 * batch, {@code up} towards the clone, {@code down} towards the phone); the receiver checks each
 * against its hash and stages it.</li>
 * <li><b>verify</b>: each receiver builds the new files beside its tree from its own chunks and
 * the staged ones, checking every chunk hash and each file's hash.</li>
 * <li><b>install</b>: atomic renames, then moves and deletions; the new common state is saved.</li>
 * </ol>
 * If anything fails the sync stops, both sides keep their old files, the receivers keep what they
 * staged, and the next sync sends only the rest.
 */
public final class SyncEngine {

    /** Default batch of chunks per request: large enough to fill a link, small enough to lose little on a cut. */
    public static final int DEFAULT_BATCH_BYTES = 1 << 20;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Endpoint phone;
    private final Endpoint clone;
    private final Path baseFile;
    private final TelemetryStore telemetry;
    private final String subject;
    private LongSupplier time;
    private Clock clock = Clock.systemUTC();
    private int batchBytes = DEFAULT_BATCH_BYTES;

    /**
     * @param phone     the primary side: it wins a conflict's path
     * @param clone     the secondary side: its version of a conflict is kept as a copy
     * @param baseFile  where the last common state of this pair is kept (e.g. in the phone tree's
     *                  control folder)
     * @param telemetry where the phases and transfers go (null: nowhere)
     * @param subject   the telemetry subject, the phone instance's id (e.g. {@code phone/p1/personal})
     */
    public SyncEngine(Endpoint phone, Endpoint clone, Path baseFile, TelemetryStore telemetry, String subject) {
        this.phone = Objects.requireNonNull(phone, "phone");
        this.clone = Objects.requireNonNull(clone, "clone");
        this.baseFile = Objects.requireNonNull(baseFile, "baseFile");
        this.telemetry = telemetry;
        this.subject = subject;
        // Telemetry time goes on from where the store ends, so that successive syncs into one store
        // (a daemon's) stay in order; a run with a clock of its own sets it with time(...).
        long t0 = System.nanoTime();
        long from = telemetry == null ? 0 : Math.max(0, telemetry.endTime());
        this.time = () -> from + System.nanoTime() - t0;
    }

    /**
     * Telemetry time (nanoseconds since the run began); default: the store's end time when this
     * engine was made, plus the wall time since.
     */
    public SyncEngine time(LongSupplier runTime) {
        this.time = Objects.requireNonNull(runTime);
        return this;
    }

    /** The clock that stamps conflict copies. */
    public SyncEngine clock(Clock wallClock) {
        this.clock = Objects.requireNonNull(wallClock);
        return this;
    }

    /** Bytes of chunks per transfer request. */
    public SyncEngine batchBytes(int bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("batch size must be positive: " + bytes);
        }
        this.batchBytes = bytes;
        return this;
    }

    /** One sync, both directions. Throws {@link SyncException} (after reporting it) when it cannot finish. */
    public SyncReport sync() {
        long start = System.nanoTime();
        long wire0 = wireBytes();
        String phase = "scan";
        try {
            // scan
            phase(phase, "started", Map.of());
            long t = System.nanoTime();
            CompletableFuture<Endpoint.ScanResult> remoteScan = CompletableFuture.supplyAsync(clone::scan);
            Endpoint.ScanResult a;
            try {
                a = phone.scan();
            } catch (RuntimeException e) {
                remoteScan.exceptionally(x -> null).join(); // no abort while the other side still scans
                throw e;
            }
            Endpoint.ScanResult b = join(remoteScan);
            long scanNanos = System.nanoTime() - t;
            if (!a.summary().params().equals(b.summary().params())) {
                throw new SyncException("the " + phone.name() + " and the " + clone.name()
                        + " cut chunks differently (" + a.summary().params() + " vs " + b.summary().params()
                        + "): both sides must use the same chunk parameters");
            }
            phase(phase, "done", Map.of(Attribute.DURATION, scanNanos, Attribute.BYTES, a.bytesRead() + b.bytesRead(),
                    Attribute.CHUNKS_TOTAL, a.chunks() + b.chunks()));

            // negotiate
            phase = "negotiate";
            phase(phase, "started", Map.of());
            t = System.nanoTime();
            Map<String, Hash> base = BaseState.read(baseFile);
            Reconciler.Decision d = Reconciler.decide(a.summary(), b.summary(), base, clone.name(),
                    STAMP.format(clock.instant()));
            Plan toClone = withChunks(d.toSecondary(), phone);
            Plan toPhone = withChunks(d.toPrimary(), clone);
            Endpoint.Prepared pc = clone.prepare(toClone);
            Endpoint.Prepared pp = phone.prepare(toPhone);
            long chunksInPlans = pc.chunksInPlan() + pp.chunksInPlan();
            long missing = pc.missing().size() + pp.missing().size();
            phase(phase, "done", Map.of(Attribute.DURATION, System.nanoTime() - t, Attribute.CHUNKS, missing,
                    Attribute.CHUNKS_TOTAL, chunksInPlans));

            // transfer
            phase = "transfer";
            phase(phase, "started", Map.of());
            t = System.nanoTime();
            long sent = transfer(phone, clone, pc.missing(), lengths(toClone), "up")
                    + transfer(clone, phone, pp.missing(), lengths(toPhone), "down");
            phase(phase, "done", Map.of(Attribute.DURATION, System.nanoTime() - t, Attribute.BYTES, sent,
                    Attribute.CHUNKS, missing));

            // verify
            phase = "verify";
            phase(phase, "started", Map.of());
            t = System.nanoTime();
            Endpoint.Verified vc = clone.verify();
            Endpoint.Verified vp = phone.verify();
            phase(phase, "done", Map.of(Attribute.DURATION, System.nanoTime() - t, Attribute.BYTES,
                    vc.bytes() + vp.bytes()));

            // install
            phase = "install";
            phase(phase, "started", Map.of());
            t = System.nanoTime();
            Endpoint.Installed ic = clone.install();
            Endpoint.Installed ip = phone.install();
            BaseState.write(baseFile, d.newBase());
            phase(phase, "done", Map.of(Attribute.DURATION, System.nanoTime() - t));

            return new SyncReport(a.bytes() + b.bytes(), a.bytesRead() + b.bytesRead(), a.chunks() + b.chunks(), scanNanos,
                    ic.written() + ip.written(), ic.moved() + ip.moved(), ic.deleted() + ip.deleted(), chunksInPlans,
                    missing, sent, wireBytes() - wire0, d.conflicts(), System.nanoTime() - start);
        } catch (RuntimeException e) {
            phase(phase, "failed", Map.of(Attribute.REASON, String.valueOf(e.getMessage())));
            abortQuietly(phone);
            abortQuietly(clone);
            throw e;
        }
    }

    /** Fills in the chunk lists of a side's writes from the side that has the files. */
    private static Plan withChunks(List<Reconciler.Step> steps, Endpoint source) {
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        for (Reconciler.Step op : steps) {
            if (op instanceof Reconciler.Write w) {
                sources.add(w.sourcePath());
            }
        }
        Map<String, FileEntry> entries = new HashMap<>();
        if (!sources.isEmpty()) {
            for (FileEntry e : source.chunkLists(new ArrayList<>(sources))) {
                entries.put(e.path(), e);
            }
        }
        List<Plan.Op> out = new ArrayList<>(steps.size());
        for (Reconciler.Step step : steps) {
            out.add(switch (step) {
                case Reconciler.Write w -> new Plan.Write(entries.get(w.sourcePath()).withPath(w.path()));
                case Reconciler.Apply a -> a.op();
            });
        }
        return new Plan(out);
    }

    private static Map<Hash, Integer> lengths(Plan plan) {
        Map<Hash, Integer> out = new HashMap<>();
        for (Plan.Write w : plan.writes()) {
            for (ChunkRef c : w.entry().chunks()) {
                out.put(c.hash(), c.length());
            }
        }
        return out;
    }

    /** Moves the chunks the receiver lacks, batch by batch; returns their bytes. */
    private long transfer(Endpoint from, Endpoint to, List<Hash> missing, Map<Hash, Integer> lengths,
            String direction) {
        long total = 0;
        int i = 0;
        while (i < missing.size()) {
            long t = System.nanoTime();
            List<Hash> batch = new ArrayList<>();
            long bytes = 0;
            while (i < missing.size() && (batch.isEmpty() || bytes + lengths.get(missing.get(i)) <= batchBytes)) {
                bytes += lengths.get(missing.get(i));
                batch.add(missing.get(i++));
            }
            to.putChunks(from.readChunks(batch));
            total += bytes;
            emit(EventKind.SYNC_TRANSFER, Map.of(Attribute.BYTES, bytes, Attribute.DURATION, System.nanoTime() - t,
                    Attribute.DIRECTION, direction, Attribute.CHUNKS, (long) batch.size()));
        }
        return total;
    }

    private long wireBytes() {
        long sum = 0;
        for (Endpoint e : List.of(phone, clone)) {
            if (e instanceof RemoteEndpoint r) {
                sum += r.transport().bytesSent() + r.transport().bytesReceived();
            }
        }
        return sum;
    }

    private void phase(String phase, String state, Map<String, Object> more) {
        Map<String, Object> attrs = new LinkedHashMap<>(more);
        attrs.put(Attribute.PHASE, phase);
        attrs.put(Attribute.STATE, state);
        emit(EventKind.SYNC_PHASE, attrs);
    }

    private void emit(EventKind kind, Map<String, Object> attrs) {
        if (telemetry != null) {
            telemetry.append(new TelemetryEvent(time.getAsLong(), kind, subject, attrs));
        }
    }

    private static void abortQuietly(Endpoint e) {
        try {
            e.abort();
        } catch (SyncException ignored) {
            // the link that failed may be this one: the other side drops its plan when it reconnects
        }
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }
}
