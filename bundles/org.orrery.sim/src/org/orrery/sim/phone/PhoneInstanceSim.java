package org.orrery.sim.phone;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.orrery.sim.RandomStream;
import org.orrery.sim.SimEvent;
import org.orrery.sim.Simulation;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.LifecycleState;

/**
 * One virtual phone instance and its clone, driven through amphone.md's protocol as a state
 * machine ({@link InstanceState}); README.md in this package gives the choices the source leaves
 * open. In short:
 * <ol>
 * <li>{@link #offload(double)}: the instance is suspended and checkpointed ({@code checkpointS});
 * input is captured from then on and forwarded to the clone as it comes.</li>
 * <li>Upload: every storage change since the last sync plus the checkpoint's state, sized by the
 * {@link TransferModel}.</li>
 * <li>Only when the upload has landed is the clone activated ({@code activateS}).</li>
 * <li>While suspended the phone runs no apps and writes nothing: {@link #phoneWrite} refuses.</li>
 * <li>The clone replays the input that reached it, then runs the offloaded work at its speed-up.</li>
 * <li>Its storage changes come down in batches past the threshold, staged on the phone (installed
 * when it resumes); when the work is done the last changes come down and the phone resumes.</li>
 * <li>The daemon: whenever either side's pending changes reach the threshold (and the link is up,
 * and no sync runs), one two-way sync moves both sides' changes.</li>
 * </ol>
 */
public final class PhoneInstanceSim {

    /** What an instance did in a run. */
    public static final class Stats {
        public int offloads;
        public int syncs;
        public int conflicts;
        public long bytesUp;
        public long bytesDown;
        public long resentBytes;
        public long changedUp;
        public long changedDown;
        public long eventsCaptured;
        public long eventsReplayed;
        public long eventsLost;
        public long lostBytes;
        public int drops;
        public int resumedWithoutSyncBack;
        /** Sum of the times from an offload request to the clone running its work, ns. */
        public long offloadLatencyTotal;
        /** Sum of the times from the work's end to the phone running again, ns. */
        public long returnLatencyTotal;
        public int returns;
        public long maxPendingUp;
        public long maxPendingDown;
    }

    private final PhoneSim phone;
    private final Simulation simulation;
    private final String subject;
    private final String clone;
    private final double speedUp;
    private final RandomStream writes;
    private final RandomStream events;
    private InstanceState state = InstanceState.RUNNING;
    private final ChangeSet phonePending = new ChangeSet();
    private final ChangeSet clonePending = new ChangeSet();
    /** Clone changes that came down while the phone was suspended: installed when it resumes. */
    private final ChangeSet staged = new ChangeSet();
    /** Captured input: not yet applied by the clone (or by the phone on resume). */
    private long capturedEvents;
    /** Captured input waiting for the link to forward it. */
    private long unforwarded;
    /** Forwarded input on its way to the clone. */
    private long inFlightEvents;
    /** Input that reached the clone before it was active: replayed. */
    private long queuedAtClone;
    private SimEvent nextWrite;
    private SimEvent nextEvent;
    private SimEvent resumeTimeout;
    private Session session;
    private final ArrayDeque<Runnable> afterSession = new ArrayDeque<>();
    private double workLeft;
    private long offloadRequested;
    private long workEnded;
    private Transfer protocolTransfer;
    private ChangeSet protocolChanges;
    private long phaseStart;
    private final Stats stats = new Stats();

    PhoneInstanceSim(PhoneSim phone, String subject, String clone, double speedUp) {
        this.phone = phone;
        this.simulation = phone.simulation();
        this.subject = subject;
        this.clone = clone;
        this.speedUp = speedUp;
        this.writes = simulation.random(subject + "/writes");
        this.events = simulation.random(subject + "/input");
    }

    public String subject() {
        return subject;
    }

    public String cloneSubject() {
        return clone;
    }

    public double speedUp() {
        return speedUp;
    }

    public InstanceState state() {
        return state;
    }

    public Stats stats() {
        return stats;
    }

    /** Changed bytes on the phone not yet at the clone. */
    public long pendingUp() {
        return phonePending.bytes();
    }

    /** Changed bytes on the clone not yet at the phone. */
    public long pendingDown() {
        return clonePending.bytes();
    }

    /** Clone changes that came down while suspended, waiting to be installed on resume. */
    public long stagedDown() {
        return staged.bytes();
    }

    /** Input captured and not yet applied. */
    public long capturedEvents() {
        return capturedEvents;
    }

    /** Input events lost when the phone died. */
    public long lostEvents() {
        return stats.eventsLost;
    }

    /** Storage bytes lost when the phone died (changes that had reached no clone). */
    public long lostBytes() {
        return stats.lostBytes;
    }

    void start() {
        // every life-cycle event of the instance and its clone names the phone: a view groups the
        // phone's instances under it (and its energy) from telemetry alone, even scrubbed mid-run
        simulation.emit(EventKind.LIFECYCLE, subject, Map.of(Attribute.STATE, LifecycleState.RUNNING,
                Attribute.DETAIL, state.label(), Attribute.PHONE, phone.subject()));
        // the clone waits in the pool, activated from its substrate on the first offload
        // which instance it clones and how much faster it is: a view pairs them from telemetry alone
        simulation.emit(EventKind.LIFECYCLE, clone, Map.of(Attribute.STATE, LifecycleState.PAUSED,
                Attribute.DETAIL, "standby", Attribute.CLONE_OF, subject, Attribute.SPEED_UP, speedUp,
                Attribute.PHONE, phone.subject()));
        metrics();
        rescheduleWorkloads();
    }

    // ---- workloads

    /** Draws the next write and input event again (rates depend on the state; Poisson, so this loses nothing). */
    void rescheduleWorkloads() {
        if (nextWrite != null) {
            simulation.unschedule(nextWrite);
            nextWrite = null;
        }
        if (nextEvent != null) {
            simulation.unschedule(nextEvent);
            nextEvent = null;
        }
        if (state == InstanceState.FAILED) {
            return;
        }
        PhoneParameters p = phone.parameters();
        double writeRate = state == InstanceState.RUNNING ? p.writeRate()
                : state.cloneActive() ? p.writeRate() * speedUp : 0;
        if (writeRate > 0) {
            nextWrite = simulation.schedule(exponential(writes, writeRate), s -> {
                nextWrite = null;
                int file = writes.nextInt(p.files());
                long bytes = Math.min(p.fileBytes(), Math.max(1, Math.round(-Math.log(1 - writes.nextDouble())
                        * p.writeMeanBytes())));
                if (state == InstanceState.RUNNING) {
                    phoneWrite(file, bytes);
                } else {
                    cloneWrite(file, bytes);
                }
                rescheduleWorkloads();
            });
        }
        if (p.inputEventRate() > 0) {
            nextEvent = simulation.schedule(exponential(events, p.inputEventRate()), s -> {
                nextEvent = null;
                inputEvent();
                rescheduleWorkloads();
            });
        }
    }

    private static long exponential(RandomStream random, double rate) {
        return Math.max(1, Math.round(-Math.log(1 - random.nextDouble()) / rate * 1e9));
    }

    /**
     * An app on the phone writes {@code bytes} into file number {@code file}.
     *
     * @throws IllegalStateException while the instance is suspended (amphone.md step 4: it writes
     *                               nothing to storage) or the phone is dead
     */
    public void phoneWrite(int file, long bytes) {
        if (state != InstanceState.RUNNING) {
            throw new IllegalStateException(subject + " is " + state.label()
                    + ": a suspended phone instance writes nothing to storage (amphone.md step 4), write refused");
        }
        phonePending.write(file, phone.parameters().fileBytes(), bytes);
        stats.maxPendingUp = Math.max(stats.maxPendingUp, phonePending.bytes());
        metrics();
        daemon();
    }

    /**
     * The clone writes {@code bytes} into file number {@code file}.
     *
     * @throws IllegalStateException when the clone is not active (before its activation, after the work)
     */
    public void cloneWrite(int file, long bytes) {
        if (!state.cloneActive()) {
            throw new IllegalStateException(clone + " is not active (" + subject + " is " + state.label()
                    + "): write refused");
        }
        clonePending.write(file, phone.parameters().fileBytes(), bytes);
        stats.maxPendingDown = Math.max(stats.maxPendingDown, clonePending.bytes());
        metrics();
        daemon();
    }

    /** One input event (key, touch): handled on the phone, or captured and forwarded. */
    private void inputEvent() {
        if (state == InstanceState.RUNNING) {
            return; // handled locally by the running app: nothing to sync
        }
        capturedEvents++;
        stats.eventsCaptured++;
        if (state == InstanceState.SYNCING_BACK) {
            unforwarded++; // the clone has stopped: the phone applies it when it resumes
        } else if (phone.connected()) {
            forward(1);
        } else {
            unforwarded++;
        }
        metrics();
    }

    private void forward(long count) {
        inFlightEvents += count;
        phone.send(this, "up", count * phone.parameters().inputEventBytes(), 0, false, () -> {
            inFlightEvents -= count;
            switch (state) {
                case RUNNING_IN_CLOUD -> applied(count);
                case SUSPENDED_CAPTURING, UPLOADING, REPLAYING -> queuedAtClone += count; // replayed by the clone
                case SYNCING_BACK -> unforwarded += count; // the clone has stopped: the phone applies it on resume
                case RUNNING -> applied(count); // the phone resumed meanwhile: handed back and applied there
                case FAILED -> { } // lands nowhere (counted lost when the phone died)
            }
        });
    }

    private void applied(long count) {
        capturedEvents -= count;
        stats.eventsReplayed += count;
        metrics();
    }

    // ---- the offload protocol

    /**
     * An app asks to offload {@code workPhoneSeconds} of work (phone CPU seconds; the clone needs
     * them divided by its speed-up). During a sync the offload starts when that sync ends.
     *
     * @throws IllegalStateException unless the instance runs on the phone
     */
    public void offload(double workPhoneSeconds) {
        if (!(workPhoneSeconds >= 0) || Double.isInfinite(workPhoneSeconds)) {
            throw new IllegalArgumentException("offloaded work must be finite and not negative: " + workPhoneSeconds);
        }
        if (state != InstanceState.RUNNING) {
            throw new IllegalStateException(subject + " is " + state.label() + ": only a running instance offloads");
        }
        offloadRequested = simulation.now();
        if (session != null) {
            afterSession.add(() -> suspend(workPhoneSeconds));
        } else {
            suspend(workPhoneSeconds);
        }
    }

    private void suspend(double workPhoneSeconds) {
        if (state != InstanceState.RUNNING) {
            return; // the phone died meanwhile
        }
        stats.offloads++;
        workLeft = workPhoneSeconds;
        // step 1-2: suspend and checkpoint
        enter(InstanceState.SUSPENDED_CAPTURING);
        phase("checkpoint", "started", Map.of());
        simulation.schedule(seconds(phone.parameters().checkpointS()), s -> {
            if (state != InstanceState.SUSPENDED_CAPTURING) {
                return;
            }
            phase("checkpoint", "done", Map.of(Attribute.DURATION, seconds(phone.parameters().checkpointS())));
            upload();
        });
    }

    private void upload() {
        enter(InstanceState.UPLOADING);
        ChangeSet changes = phonePending.drain();
        metrics();
        TransferModel model = phone.parameters().transfer();
        long bytes = model.wireBytes(changes) + phone.parameters().checkpointStateBytes();
        long chunks = model.chunks(changes)
                + (phone.parameters().checkpointStateBytes() + model.meanChunkBytes() - 1) / model.meanChunkBytes();
        stats.changedUp += changes.bytes();
        protocolChanges = changes;
        phaseStart = simulation.now();
        phase("upload", "started", Map.of(Attribute.TRIGGER, "suspend", Attribute.BYTES, bytes));
        Runnable landed = () -> {
            protocolTransfer = null;
            protocolChanges = null;
            phase("upload", "done", Map.of(Attribute.TRIGGER, "suspend", Attribute.BYTES, bytes,
                    Attribute.CHUNKS, chunks, Attribute.DURATION, simulation.now() - phaseStart));
            activate();
        };
        long negotiate = negotiation();
        simulation.schedule(negotiate, s -> {
            if (state != InstanceState.UPLOADING) {
                return;
            }
            protocolTransfer = phone.connected() ? phone.send(this, "up", bytes, chunks, true, landed)
                    : phone.sendLater(this, "up", bytes, chunks, true, landed);
        });
    }

    /** Step 3: the clone is activated only now, after the upload landed (the test checks this order). */
    private void activate() {
        phase("activate", "started", Map.of());
        simulation.emit(EventKind.PROVISIONING, clone, Map.of(Attribute.PHASE, "activate", Attribute.STATE, "started"));
        simulation.schedule(seconds(phone.parameters().activateS()), s -> {
            if (state != InstanceState.UPLOADING) {
                return;
            }
            simulation.emit(EventKind.PROVISIONING, clone, Map.of(Attribute.PHASE, "activate", Attribute.STATE, "done"));
            simulation.emit(EventKind.LIFECYCLE, clone, Map.of(Attribute.STATE, LifecycleState.RUNNING,
                    Attribute.DETAIL, "active", Attribute.PHONE, phone.subject()));
            phase("activate", "done", Map.of(Attribute.DURATION, seconds(phone.parameters().activateS())));
            enter(InstanceState.REPLAYING);
            phaseStart = simulation.now();
            phase("replay", "started", Map.of(Attribute.INPUT_EVENTS, queuedAtClone));
            replayNext(0);
        });
    }

    /** Step 5: replays what reached the clone, and what reaches it meanwhile, then runs. */
    private void replayNext(long replayed) {
        if (state != InstanceState.REPLAYING) {
            return;
        }
        long batch = queuedAtClone;
        if (batch == 0) {
            phase("replay", "done", Map.of(Attribute.INPUT_EVENTS, replayed, Attribute.DURATION,
                    simulation.now() - phaseStart));
            runInCloud();
            return;
        }
        queuedAtClone = 0;
        simulation.schedule(seconds(batch * phone.parameters().inputEventCpuS() / speedUp), s -> {
            applied(batch);
            replayNext(replayed + batch);
        });
    }

    private void runInCloud() {
        enter(InstanceState.RUNNING_IN_CLOUD);
        stats.offloadLatencyTotal += simulation.now() - offloadRequested;
        phaseStart = simulation.now();
        phase("cloud-run", "started", Map.of());
        simulation.schedule(seconds(workLeft / speedUp), s -> {
            if (state != InstanceState.RUNNING_IN_CLOUD) {
                return;
            }
            phase("cloud-run", "done", Map.of(Attribute.DURATION, simulation.now() - phaseStart));
            workEnded = simulation.now();
            syncBack();
        });
    }

    /** The work is done: the clone stops; its last changes come down (after a sync under way). */
    private void syncBack() {
        enter(InstanceState.SYNCING_BACK);
        simulation.emit(EventKind.LIFECYCLE, clone, Map.of(Attribute.STATE, LifecycleState.PAUSED,
                Attribute.DETAIL, "standby", Attribute.PHONE, phone.subject()));
        if (session != null) {
            afterSession.add(this::finalSync);
        } else {
            finalSync();
        }
        if (!phone.connected()) {
            armResumeTimeout();
        }
    }

    private void finalSync() {
        if (state != InstanceState.SYNCING_BACK) {
            return;
        }
        ChangeSet changes = clonePending.drain();
        metrics();
        TransferModel model = phone.parameters().transfer();
        long bytes = model.wireBytes(changes);
        long chunks = model.chunks(changes);
        stats.changedDown += changes.bytes();
        protocolChanges = changes;
        phaseStart = simulation.now();
        phase("sync-back", "started", Map.of(Attribute.TRIGGER, "completion", Attribute.BYTES, bytes));
        Runnable landed = () -> {
            protocolTransfer = null;
            protocolChanges = null;
            staged.addAll(changes);
            phase("sync-back", "done", Map.of(Attribute.TRIGGER, "completion", Attribute.BYTES, bytes,
                    Attribute.CHUNKS, chunks, Attribute.DURATION, simulation.now() - phaseStart));
            resume();
        };
        if (changes.isEmpty()) {
            landed.run();
            return;
        }
        simulation.schedule(negotiation(), s -> {
            if (state != InstanceState.SYNCING_BACK) {
                return;
            }
            protocolTransfer = phone.connected() ? phone.send(this, "down", bytes, chunks, true, landed)
                    : phone.sendLater(this, "down", bytes, chunks, true, landed);
        });
    }

    /** The phone runs the instance again: staged changes installed, input captured since the clone stopped applied. */
    private void resume() {
        if (resumeTimeout != null) {
            simulation.unschedule(resumeTimeout);
            resumeTimeout = null;
        }
        staged.drain(); // installed
        long late = unforwarded;
        unforwarded = 0;
        if (late > 0) {
            applied(late);
        }
        stats.returnLatencyTotal += simulation.now() - workEnded;
        stats.returns++;
        enter(InstanceState.RUNNING);
        daemon(); // changes left on the clone (a resume without the sync-back) go on syncing
    }

    /**
     * The link is down while the phone waits for its last changes: after {@code resumeTimeoutS} it
     * resumes with what it has; the clone keeps the rest, which the daemon brings down later (a
     * path both sides then change is a conflict).
     */
    private void armResumeTimeout() {
        if (resumeTimeout != null) {
            return;
        }
        resumeTimeout = simulation.schedule(seconds(phone.parameters().resumeTimeoutS()), s -> {
            resumeTimeout = null;
            if (state != InstanceState.SYNCING_BACK || phone.connected()) {
                return;
            }
            if (protocolTransfer != null) {
                phone.abandon(protocolTransfer);
                protocolTransfer = null;
            }
            if (protocolChanges != null) {
                clonePending.addAll(protocolChanges);
                stats.changedDown -= protocolChanges.bytes();
                protocolChanges = null;
            }
            phase("sync-back", "failed", Map.of(Attribute.REASON, "wifi-down: resumed after "
                    + phone.parameters().resumeTimeoutS() + " s without the clone's last changes"));
            stats.resumedWithoutSyncBack++;
            resume();
        });
    }

    // ---- the sync daemon (step 7)

    void thresholdChanged() {
        metrics();
        daemon();
    }

    /** Starts a two-way sync when either side's pending changes reach the threshold and nothing else is moving. */
    private void daemon() {
        if (session != null || !phone.connected() || phone.failed() || protocolTransfer != null) {
            return;
        }
        // during the protocol's own transfers (checkpoint upload, final sync-back) they carry the changes
        if (state == InstanceState.SUSPENDED_CAPTURING || state == InstanceState.UPLOADING
                || state == InstanceState.SYNCING_BACK) {
            return;
        }
        long threshold = phone.parameters().thresholdBytes();
        boolean up = !phonePending.isEmpty() && phonePending.bytes() >= threshold;
        boolean down = !clonePending.isEmpty() && clonePending.bytes() >= threshold;
        if (up || down) {
            new Session("threshold").start();
        }
    }

    /**
     * One two-way sync, as the real engine does it: both sides' changes move; a file changed on both
     * sides is a conflict, resolved by the engine's rule (the phone's version keeps the path, the
     * clone's is kept beside it on both sides): so the phone's changes go up and the clone's come
     * down as the conflict copy, nothing lost. Changes made during the sync wait for the next.
     */
    private final class Session {
        final String trigger;
        ChangeSet up;
        ChangeSet down;
        int open;
        long bytes;
        long chunks;
        long started;

        Session(String trigger) {
            this.trigger = trigger;
        }

        void start() {
            session = this;
            started = simulation.now();
            up = phonePending.drain();
            down = clonePending.drain();
            Set<Integer> both = new TreeSet<>(up.fileNumbers());
            both.retainAll(down.fileNumbers());
            int conflicts = both.size();
            stats.conflicts += conflicts;
            stats.syncs++;
            stats.changedUp += up.bytes();
            stats.changedDown += down.bytes();
            metrics();
            TransferModel model = phone.parameters().transfer();
            long upBytes = model.wireBytes(up);
            long downBytes = model.wireBytes(down);
            bytes = upBytes + downBytes;
            chunks = model.chunks(up) + model.chunks(down);
            phase("negotiate", "started", Map.of(Attribute.TRIGGER, trigger));
            simulation.schedule(negotiation(), s -> {
                if (phone.failed()) {
                    return;
                }
                phase("negotiate", "done", Map.of(Attribute.TRIGGER, trigger, Attribute.CHUNKS, chunks,
                        Attribute.CONFLICTS, conflicts, Attribute.DURATION, simulation.now() - started));
                phase("transfer", "started", Map.of(Attribute.TRIGGER, trigger));
                if (!up.isEmpty()) {
                    leg("up", upBytes, model.chunks(up));
                }
                if (!down.isEmpty()) {
                    leg("down", downBytes, model.chunks(down));
                }
                if (open == 0) {
                    end();
                }
            });
        }

        private void leg(String direction, long legBytes, long legChunks) {
            open++;
            Runnable landed = () -> {
                if (--open == 0) {
                    end();
                }
            };
            if (phone.connected()) {
                phone.send(PhoneInstanceSim.this, direction, legBytes, legChunks, true, landed);
            } else {
                phone.sendLater(PhoneInstanceSim.this, direction, legBytes, legChunks, true, landed);
            }
        }

        private void end() {
            if (state.suspended()) {
                staged.addAll(down); // the phone writes nothing while suspended: installed on resume
            }
            phase("transfer", "done", Map.of(Attribute.TRIGGER, trigger, Attribute.BYTES, bytes, Attribute.CHUNKS,
                    chunks, Attribute.DURATION, simulation.now() - started));
            session = null;
            while (!afterSession.isEmpty() && session == null) {
                afterSession.poll().run();
            }
            daemon();
        }
    }

    // ---- link and phone events

    /** Whether {@code t} still matters (the instance gave up no transfer it owns but the abandoned ones). */
    boolean wants(Transfer t) {
        return state != InstanceState.FAILED;
    }

    void disconnected() {
        stats.drops++;
        if (state == InstanceState.SYNCING_BACK) {
            armResumeTimeout();
        }
    }

    void reconnected() {
        if (resumeTimeout != null) {
            simulation.unschedule(resumeTimeout);
            resumeTimeout = null;
        }
        if (unforwarded > 0 && state.suspended() && state != InstanceState.SYNCING_BACK) {
            long n = unforwarded;
            unforwarded = 0;
            forward(n);
        }
        daemon();
    }

    /**
     * The phone died. Lost: input captured and not yet at the clone (buffered or on the air), and
     * storage changes that had reached no clone (pending on the phone, or in an upload not landed).
     * Kept: everything the clone has (the checkpoint once uploaded, and its own work).
     */
    void phoneDied() {
        if (state.suspended()) {
            stats.eventsLost += unforwarded + inFlightEvents;
            capturedEvents -= unforwarded + inFlightEvents;
        }
        stats.lostBytes += phonePending.bytes();
        if (state == InstanceState.UPLOADING && protocolChanges != null) {
            stats.lostBytes += protocolChanges.bytes();
        }
        phonePending.drain();
        unforwarded = 0;
        inFlightEvents = 0;
        phone.beforeStateChange();
        state = InstanceState.FAILED;
        simulation.emit(EventKind.LIFECYCLE, subject, Map.of(Attribute.STATE, LifecycleState.CRASHED,
                Attribute.DETAIL, state.label(), Attribute.REASON, "phone-failure", Attribute.PHONE, phone.subject()));
        rescheduleWorkloads();
        metrics();
    }

    void resent(double bytes) {
        stats.resentBytes += Math.round(bytes);
    }

    void transferred(String direction, double bytes) {
        if ("up".equals(direction)) {
            stats.bytesUp += Math.round(bytes);
        } else {
            stats.bytesDown += Math.round(bytes);
        }
    }

    // ---- reporting

    private void enter(InstanceState next) {
        phone.beforeStateChange();
        state = next;
        simulation.emit(EventKind.LIFECYCLE, subject, Map.of(Attribute.STATE,
                next.suspended() ? LifecycleState.PAUSED : LifecycleState.RUNNING, Attribute.DETAIL, next.label(),
                Attribute.PHONE, phone.subject()));
        phone.energyChanged();
        rescheduleWorkloads();
    }

    private void phase(String name, String phaseState, Map<String, Object> more) {
        Map<String, Object> a = new LinkedHashMap<>(more);
        a.put(Attribute.PHASE, name);
        a.put(Attribute.STATE, phaseState);
        simulation.emit(EventKind.SYNC_PHASE, subject, a);
    }

    private void metrics() {
        simulation.emit(EventKind.METRIC, subject, Map.of(Attribute.INPUT_EVENTS, capturedEvents,
                Attribute.INPUT_BYTES, capturedEvents * phone.parameters().inputEventBytes(),
                Attribute.PENDING_UP, phonePending.bytes(), Attribute.PENDING_DOWN, clonePending.bytes(),
                Attribute.THRESHOLD, phone.parameters().thresholdBytes()));
    }

    private long negotiation() {
        return (long) phone.parameters().negotiateRoundTrips() * 2 * phone.latency();
    }

    private static long seconds(double s) {
        return Math.round(s * 1e9);
    }
}
