package org.orrery.ui.views.internal.phones;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.ui.views.internal.StoreFollower;

/**
 * The phone-clone view's state, folded from telemetry only: what the phone simulation
 * ({@code org.orrery.sim.phone}: LIFECYCLE, SYNC_PHASE, SYNC_TRANSFER, METRIC, MESSAGE) and the real
 * sync engine ({@code org.orrery.sync}: SYNC_PHASE and SYNC_TRANSFER alone) emit. One {@link Pair}
 * per phone instance (the subject of its sync events) with its clone, one {@link Phone} per phone
 * (energy). The same code serves simulated, replayed and real-sync runs because it never looks
 * anywhere but the store. A timer calls {@link #refresh()}; no SWT, so tests drive it with
 * hand-made stores.
 */
public final class PhoneCloneModel {

    /** The offload protocol's steps (amphone.md) as the phase indicator shows them, in order. */
    public static final List<String> PROTOCOL = List.of("checkpoint", "upload", "activate", "replay", "cloud-run",
            "sync-back", "running");
    /** One real sync's phases (org.orrery.sync's README), in order, then "in sync". */
    public static final List<String> REAL_SYNC = List.of("scan", "negotiate", "transfer", "verify", "install",
            "in-sync");

    /**
     * A phone: its energy estimate (an assumed model, whose parameters the run reported) and the
     * values of the parameters a user may set, as the run reported them.
     */
    public static final class Phone {
        final String subject;
        double energyJ = Double.NaN;
        long energyTime = -1;
        double powerW = Double.NaN;
        final Map<String, Double> energyModel = new TreeMap<>();
        boolean wifiUp = true;
        final Map<String, Double> parameters = new LinkedHashMap<>();
        final Map<String, Double> startParameters = new LinkedHashMap<>();
        final Map<String, Long> changedAt = new LinkedHashMap<>();

        Phone(String subject) {
            this.subject = subject;
        }

        /**
         * The values in use now of the parameters a user may set ({@code wifiMbps}, {@code wifiLatencyMs},
         * {@code thresholdKiB}, {@code inputEventRate}); empty for a recording made before the
         * simulator reported them.
         */
        public Map<String, Double> parameters() {
            return Collections.unmodifiableMap(parameters);
        }

        /** Those values as the run started with them (what a re-run with the same settings uses). */
        public Map<String, Double> startParameters() {
            return Collections.unmodifiableMap(startParameters);
        }

        /** When the scenario last changed a parameter (its name to the time, ns); empty if it never did. */
        public Map<String, Long> changedAt() {
            return Collections.unmodifiableMap(changedAt);
        }

        public String subject() {
            return subject;
        }

        /** Energy used so far, joules; NaN before the first report. */
        public double energyJ() {
            return energyJ;
        }

        /** Mean power between the last two energy reports, watts; NaN until two. */
        public double powerW() {
            return powerW;
        }

        /** The energy model's parameters (name to value), as the run reported them; empty if it did not. */
        public Map<String, Double> energyModel() {
            return Collections.unmodifiableMap(energyModel);
        }

        public boolean wifiUp() {
            return wifiUp;
        }
    }

    /** A phone instance and its clone (a simulated pair), or a real sync's two trees. */
    public static final class Pair {
        final String subject;
        String phone;
        String clone;
        double speedUp = Double.NaN;
        boolean real;
        String state = "running";
        String cloneState = "standby";
        String step;
        String phase;
        String trigger;
        long phaseStart = -1;
        long phaseBytes;
        long phaseSent;
        long chunksToSend;
        long chunksSent;
        String direction;
        long inputEvents;
        long inputBytes;
        long pendingUp;
        long pendingDown;
        long threshold = -1;
        long bytesUp;
        long bytesDown;
        long scannedBytes;
        int offloads;
        int syncs;
        long conflicts;
        long replayed;
        double rate = Double.NaN;
        /** End of the phase's last data stretch: the estimate of what is on the air starts there. */
        long lastTransferEnd = -1;
        String failure;
        long lastSyncBytes = -1;

        Pair(String subject) {
            this.subject = subject;
        }

        /** The instance's subject (a real sync's subject: the phone tree's instance id). */
        public String subject() {
            return subject;
        }

        /**
         * The subject of the phone the instance runs on, as its life-cycle events name it; null for a
         * real sync and for recordings made before the simulator named it.
         */
        public String phone() {
            return phone;
        }

        /** The clone's subject, or null when telemetry has not named it (a real sync). */
        public String clone() {
            return clone;
        }

        /** The clone's speed-up over the phone, as the run reported it; NaN if it did not. */
        public double speedUp() {
            return speedUp;
        }

        /** Whether this is a real sync (org.orrery.sync: trees on disk, no protocol states). */
        public boolean real() {
            return real;
        }

        /** The instance's protocol state (LIFECYCLE detail: running, suspended-capturing, ...). */
        public String state() {
            return state;
        }

        /** The clone's state: standby or active. */
        public String cloneState() {
            return cloneState;
        }

        /**
         * Where the phase indicator stands: one of {@link #PROTOCOL} (simulated) or {@link #REAL_SYNC}
         * (real); "failed" when the phone died or a real sync failed.
         */
        public String step() {
            if (step != null) {
                return step;
            }
            return real ? "in-sync" : "running";
        }

        /** The SYNC_PHASE under way (started, not done), or null. */
        public String phase() {
            return phase;
        }

        /** What started the sync under way: suspend, threshold, completion; null if none or unknown. */
        public String trigger() {
            return trigger;
        }

        /** Direction of the last stretch on the air: up (to the clone) or down. */
        public String direction() {
            return direction;
        }

        public long inputEvents() {
            return inputEvents;
        }

        public long inputBytes() {
            return inputBytes;
        }

        public long pendingUp() {
            return pendingUp;
        }

        public long pendingDown() {
            return pendingDown;
        }

        /** The daemon's threshold, bytes; -1 until reported (a real sync has none). */
        public long threshold() {
            return threshold;
        }

        /** Bytes sent up (to the clone) in all, as SYNC_TRANSFER reported them. */
        public long bytesUp() {
            return bytesUp;
        }

        public long bytesDown() {
            return bytesDown;
        }

        /** Bytes a real sync's scans read. */
        public long scannedBytes() {
            return scannedBytes;
        }

        public int offloads() {
            return offloads;
        }

        /** Syncs finished: daemon (threshold) syncs, or a real sync's installs. */
        public int syncs() {
            return syncs;
        }

        public long conflicts() {
            return conflicts;
        }

        /** Input events the clone replayed in all. */
        public long replayed() {
            return replayed;
        }

        /**
         * Observed throughput of the last stretch on the air (a forwarded input event's too: it had
         * the same share of the Wi-Fi as the transfer beside it), bytes per second; NaN before one.
         */
        public double rate() {
            return rate;
        }

        /** Why the phone or the last sync failed, or null. */
        public String failure() {
            return failure;
        }

        /** Bytes the last finished transfer phase sent (upload, sync-back, transfer), or -1. */
        public long lastSyncBytes() {
            return lastSyncBytes;
        }

        /** Chunks of a real sync's transfer sent so far, and how many its negotiation said it would send. */
        public long[] chunks() {
            return new long[] {chunksSent, chunksToSend};
        }

        /** Bytes of the transfer under way known to be sent, and its total; {0, 0} when none or unknown. */
        public long[] transferBytes() {
            return new long[] {phaseSent, phaseBytes};
        }

        /**
         * Share of the transfer under way that has been sent at {@code now}, 0..1, or NaN when no
         * transfer with a known size runs. A simulated stretch is reported when it ends, so the share
         * in between is estimated at the last observed throughput (kept below 1 until done); a real
         * sync counts its batches' chunks against the chunks its negotiation said it would send.
         */
        public double progress(long now) {
            if (phase == null) {
                return Double.NaN;
            }
            if (phaseBytes > 0) {
                double sent = phaseSent;
                long since = Math.max(phaseStart, lastTransferEnd);
                if (!Double.isNaN(rate) && now > since) {
                    sent += rate * (now - since) / 1e9;
                }
                return Math.min(0.99, sent / phaseBytes);
            }
            if (chunksToSend > 0 && "transfer".equals(phase)) {
                return Math.min(1.0, chunksSent / (double) chunksToSend);
            }
            return Double.NaN;
        }
    }

    /**
     * A parameter of a phone as the run's description gives it (a run started in the workbench, or a
     * recording of one): the value it started with, whether the user set it over the model's
     * ({@code override}, with the model's value) or a sweep set it ({@code swept}).
     */
    public record RunParameter(String name, double value, String unit, boolean override, double model,
            boolean swept) {
    }

    private final StoreFollower follower = new StoreFollower();
    /** Per phone subject, its parameters as the run's description gives them (name order kept). */
    private final Map<String, Map<String, RunParameter>> described = new LinkedHashMap<>();
    private final Map<String, Pair> pairs = new LinkedHashMap<>();
    private final Map<String, Pair> byClone = new LinkedHashMap<>();
    private final Map<String, Phone> phones = new LinkedHashMap<>();

    /** Shows {@code store} (null for none), from its first event. */
    public void setStore(TelemetryStore store) {
        follower.setStore(store);
        clear();
    }

    /**
     * What the run rests on beyond its telemetry ({@link org.orrery.ui.views.RunSession#about()}):
     * its {@code phones}' parameters, with overrides and swept values marked. Kept across
     * {@link #setStore} of the same run; an empty map for a run that says nothing (a recording made
     * outside the workbench: the view then shows what telemetry says, unmarked).
     */
    public void setAbout(Map<String, Object> about) {
        described.clear();
        if (!(about.get("phones") instanceof List<?> list)) {
            return;
        }
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> phone) || !(phone.get("subject") instanceof String subject)
                    || !(phone.get("parameters") instanceof List<?> parameters)) {
                continue;
            }
            Map<String, RunParameter> mine = new LinkedHashMap<>();
            for (Object q : parameters) {
                if (q instanceof Map<?, ?> m && m.get("name") instanceof String name
                        && m.get("value") instanceof Number value) {
                    boolean override = Boolean.TRUE.equals(m.get("override"));
                    double model = m.get("model") instanceof Number n ? n.doubleValue() : value.doubleValue();
                    mine.put(name, new RunParameter(name, value.doubleValue(), m.get("unit") instanceof String u ? u
                            : "", override, model, Boolean.TRUE.equals(m.get("swept"))));
                }
            }
            described.put(subject, mine);
        }
    }

    /** {@code phone}'s parameters as the run's description gives them; empty when it gives none. */
    public Map<String, RunParameter> described(String phone) {
        Map<String, RunParameter> m = described.get(phone);
        return m == null ? Map.of() : Collections.unmodifiableMap(m);
    }

    /** The phones the run's description names, in its order (what the controls show before any event). */
    public List<String> describedPhones() {
        return List.copyOf(described.keySet());
    }

    /** Reads what arrived since the last call; returns whether anything shown changed. */
    public boolean refresh() {
        return refresh(StoreFollower.DEFAULT_BUDGET);
    }

    public boolean refresh(int budget) {
        return follower.read(budget, this::clear, this::accept);
    }

    private void clear() {
        pairs.clear();
        byClone.clear();
        phones.clear();
    }

    private Pair pair(String subject) {
        return pairs.computeIfAbsent(subject, Pair::new);
    }

    private Phone phone(String subject) {
        return phones.computeIfAbsent(subject, Phone::new);
    }

    private boolean accept(TelemetryEvent e) {
        String s = e.subject();
        switch (e.kind()) {
            case LIFECYCLE -> {
                String cloneOf = e.text(Attribute.CLONE_OF);
                String phone = e.text(Attribute.PHONE);
                if (phone != null) {
                    phone(phone); // its group is shown from the first instance on, before any energy
                }
                if (cloneOf != null) {
                    Pair p = pair(cloneOf);
                    p.clone = s;
                    p.speedUp = e.number(Attribute.SPEED_UP, Double.NaN);
                    byClone.put(s, p);
                }
                Pair clone = byClone.get(s);
                if (clone != null) {
                    clone.cloneState = e.text(Attribute.DETAIL) == null ? e.text(Attribute.STATE) : e.text(Attribute.DETAIL);
                    if (phone != null) {
                        clone.phone = phone;
                    }
                    return true;
                }
                if (s.startsWith("phoneinstance/") || pairs.containsKey(s)) {
                    Pair p = pair(s);
                    if (phone != null) {
                        p.phone = phone;
                    }
                    String detail = e.text(Attribute.DETAIL);
                    if (detail != null) {
                        p.state = detail;
                    }
                    if ("crashed".equals(e.text(Attribute.STATE))) {
                        p.step = "failed";
                        p.failure = e.text(Attribute.REASON);
                    } else if ("running".equals(detail)) {
                        p.step = "running";
                    }
                    return true;
                }
                return false;
            }
            case METRIC -> {
                if (e.attributes().containsKey(Attribute.ENERGY)) {
                    Phone ph = phone(s);
                    double j = e.number(Attribute.ENERGY, Double.NaN);
                    if (ph.energyTime >= 0 && e.time() > ph.energyTime) {
                        ph.powerW = (j - ph.energyJ) / ((e.time() - ph.energyTime) / 1e9);
                    }
                    if (ph.energyTime < 0 || e.time() > ph.energyTime) {
                        ph.energyTime = e.time();
                    }
                    ph.energyJ = j;
                    return true;
                }
                if (!e.attributes().containsKey(Attribute.PENDING_UP)) {
                    return false;
                }
                Pair p = pair(s);
                p.inputEvents = (long) e.number(Attribute.INPUT_EVENTS, p.inputEvents);
                p.inputBytes = (long) e.number(Attribute.INPUT_BYTES, p.inputBytes);
                p.pendingUp = (long) e.number(Attribute.PENDING_UP, p.pendingUp);
                p.pendingDown = (long) e.number(Attribute.PENDING_DOWN, p.pendingDown);
                p.threshold = (long) e.number(Attribute.THRESHOLD, p.threshold);
                return true;
            }
            case MESSAGE -> {
                boolean changed = false;
                String prefix = Attribute.ENERGY_MODEL + ".";
                String parameter = Attribute.PHONE_PARAMETER + ".";
                for (Map.Entry<String, Object> a : e.attributes().entrySet()) {
                    if (a.getKey().startsWith(prefix) && a.getValue() instanceof Number n) {
                        phone(s).energyModel.put(a.getKey().substring(prefix.length()), n.doubleValue());
                        changed = true;
                    } else if (a.getKey().startsWith(parameter) && a.getValue() instanceof Number n) {
                        Phone ph = phone(s);
                        String name = a.getKey().substring(parameter.length());
                        if (ph.startParameters.putIfAbsent(name, n.doubleValue()) != null) {
                            ph.changedAt.put(name, e.time()); // the scenario changed it during the run
                        }
                        ph.parameters.put(name, n.doubleValue());
                        changed = true;
                    }
                }
                String reason = e.text(Attribute.REASON);
                if ("wifi-drop".equals(reason) || "reconnect".equals(reason)) {
                    phone(s).wifiUp = "reconnect".equals(reason);
                    changed = true;
                }
                return changed;
            }
            case SYNC_PHASE -> {
                phase(pair(s), e);
                return true;
            }
            case SYNC_TRANSFER -> {
                Pair p = pair(s);
                long bytes = (long) e.number(Attribute.BYTES, 0);
                long duration = (long) e.number(Attribute.DURATION, 0);
                p.direction = e.text(Attribute.DIRECTION);
                if ("down".equals(p.direction)) {
                    p.bytesDown += bytes;
                } else {
                    p.bytesUp += bytes;
                }
                if (duration > 0 && bytes > 0) {
                    p.rate = bytes / (duration / 1e9);
                }
                // a forwarded input event is a transfer of its own (no chunks), not part of the phase's data
                boolean data = !e.attributes().containsKey(Attribute.CHUNKS) || e.number(Attribute.CHUNKS, 0) > 0;
                if (data && p.phase != null && isTransferPhase(p.phase)) {
                    p.lastTransferEnd = e.time();
                    p.phaseSent += bytes;
                    p.chunksSent += (long) e.number(Attribute.CHUNKS, 0);
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Phases during which the instance's own transfers are the phase's bytes (not input forwarding). */
    private static boolean isTransferPhase(String phase) {
        return switch (phase) {
            case "upload", "sync-back", "transfer" -> true;
            default -> false;
        };
    }

    private static void phase(Pair p, TelemetryEvent e) {
        String name = e.text(Attribute.PHASE);
        String st = e.text(Attribute.STATE);
        if (name == null || st == null) {
            return;
        }
        if (REAL_SYNC.contains(name) && !"negotiate".equals(name) && !"transfer".equals(name)) {
            p.real = true; // only the real engine scans, verifies and installs
        }
        switch (st) {
            case "started" -> {
                p.phase = name;
                p.phaseStart = e.time();
                p.phaseSent = 0;
                p.chunksSent = 0;
                p.phaseBytes = (long) e.number(Attribute.BYTES, 0);
                String trigger = e.text(Attribute.TRIGGER);
                if (trigger != null || !"transfer".equals(name)) {
                    p.trigger = trigger;
                }
                if (PROTOCOL.contains(name) || p.real) {
                    p.step = name;
                }
                if ("checkpoint".equals(name)) {
                    p.offloads++;
                    p.failure = null;
                }
                if ("scan".equals(name)) {
                    p.failure = null;
                }
            }
            case "done" -> {
                if (name.equals(p.phase)) {
                    p.phase = null;
                    p.phaseBytes = 0;
                    p.chunksToSend = 0;
                }
                if ("negotiate".equals(name)) {
                    // the transfer that follows counts its chunks against the negotiated number
                    p.chunksToSend = (long) e.number(Attribute.CHUNKS, 0);
                    p.conflicts += (long) e.number(Attribute.CONFLICTS, 0);
                }
                if ("scan".equals(name)) {
                    p.scannedBytes += (long) e.number(Attribute.BYTES, 0);
                }
                if ("replay".equals(name)) {
                    p.replayed += (long) e.number(Attribute.INPUT_EVENTS, 0);
                }
                if (isTransferPhase(name)) {
                    p.lastSyncBytes = (long) e.number(Attribute.BYTES, p.phaseSent);
                }
                if ("transfer".equals(name) && !p.real) {
                    p.syncs++; // a daemon sync ends with its transfer
                }
                if ("install".equals(name)) {
                    p.syncs++;
                    p.step = "in-sync";
                }
            }
            case "failed" -> {
                p.failure = name + ": " + e.text(Attribute.REASON);
                if (name.equals(p.phase)) {
                    p.phase = null;
                }
                if (p.real) {
                    p.step = "failed";
                }
            }
            default -> {
                // unknown states are shown by the event log, not here
            }
        }
    }

    /** The pairs, in the order telemetry first named them. */
    public List<Pair> pairs() {
        return List.copyOf(pairs.values());
    }

    /**
     * A phone with its instances, as the view draws them: the phone's energy and parameters above its
     * pairs. {@code phone} is null for pairs no phone is known for (a real sync; instances of a
     * recording made before the simulator named their phone, when it has several phones or none);
     * {@code inferred} when such instances were put under the recording's only phone.
     */
    public record Group(Phone phone, List<Pair> pairs, boolean inferred) {
    }

    /**
     * The phones in the order telemetry named them, each with its pairs; then the pairs of no known
     * phone. A recording made before instances named their phone, with exactly one phone, has all its
     * simulated instances on that phone (the simulator's phones each have their own instances), so
     * they are shown under it, marked as inferred.
     */
    public List<Group> groups() {
        List<Group> out = new ArrayList<>();
        List<Pair> unknown = new ArrayList<>();
        for (Pair p : pairs.values()) {
            if (p.phone == null) {
                unknown.add(p);
            }
        }
        List<Pair> inferred = List.of();
        if (phones.size() == 1 && !unknown.isEmpty() && unknown.stream().noneMatch(Pair::real)) {
            inferred = unknown;
            unknown = List.of();
        }
        for (Phone ph : phones.values()) {
            List<Pair> mine = new ArrayList<>();
            for (Pair p : pairs.values()) {
                if (ph.subject.equals(p.phone)) {
                    mine.add(p);
                }
            }
            mine.addAll(inferred);
            out.add(new Group(ph, List.copyOf(mine), !inferred.isEmpty()));
        }
        if (!unknown.isEmpty()) {
            out.add(new Group(null, List.copyOf(unknown), false));
        }
        return out;
    }

    /** A pair by its instance subject, or null. */
    public Pair find(String subject) {
        return pairs.get(subject);
    }

    public List<Phone> phones() {
        return new ArrayList<>(phones.values());
    }

    public long now() {
        return follower.now();
    }

    public boolean behind() {
        return follower.behind();
    }

    public int restarts() {
        return follower.restarts();
    }

    public int scanned() {
        return follower.scanned();
    }
}
