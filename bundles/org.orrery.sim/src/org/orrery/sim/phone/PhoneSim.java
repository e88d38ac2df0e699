package org.orrery.sim.phone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.orrery.sim.SimEvent;
import org.orrery.sim.Simulation;
import org.orrery.sim.network.FlowNetwork;
import org.orrery.sim.network.Link;
import org.orrery.sim.network.Route;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.LifecycleState;

/**
 * One AMPhone (amphone.md): a phone whose hypervisor runs virtual phone instances
 * ({@link PhoneInstanceSim}), each with one clone VM in the cloud, over one Wi-Fi link.
 * <p>
 * The Wi-Fi link is one {@link Link} of the run's {@link FlowNetwork} carrying both directions
 * (Wi-Fi is half duplex: up and down share the air), so the two instances' transfers share its
 * bandwidth max-min fairly. It can drop ({@link #setConnected}): every transfer on the air stops;
 * on reconnection each sends only what the clone's (or phone's) staging lacks, as the real sync
 * engine does (see {@link Transfer}). The phone can die ({@link #fail}).
 * <p>
 * Energy: {@link EnergyModel} integrated over the run, read with {@link #energyJ()} (an assumption).
 * Telemetry: the phone's subject gets a {@code METRIC} with {@code energy} (J) at every instance
 * state change and at {@link #finish()}; {@code LIFECYCLE} {@code crashed} if it dies.
 */
public final class PhoneSim {

    private final Simulation simulation;
    private final String subject;
    private PhoneParameters parameters;
    private final FlowNetwork network;
    private final Link wifi;
    private final Route route;
    private final List<PhoneInstanceSim> instances = new ArrayList<>();
    private final List<Transfer> onAir = new ArrayList<>();
    private final List<Transfer> interrupted = new ArrayList<>();
    private boolean connected = true;
    private boolean failed;
    private boolean started;
    // energy integration
    private int activeFlows;
    private EnergyModel.RadioState radio = EnergyModel.RadioState.IDLE;
    private SimEvent tailEnd;
    private long lastEnergyUpdate;
    private double energyJ;
    private double radioJ;
    private double cpuJ;
    private final Map<EnergyModel.RadioState, Long> radioTime = new LinkedHashMap<>();

    /**
     * @param simulation the run
     * @param network    the run's flow network (the Wi-Fi link is added to it)
     * @param subject    the phone's telemetry subject, e.g. {@code phone/cubie}
     * @param parameters the phone's parameters
     */
    public PhoneSim(Simulation simulation, FlowNetwork network, String subject, PhoneParameters parameters) {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.network = Objects.requireNonNull(network, "network");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.wifi = Link.ofMegabits(subject + "/wifi", parameters.wifiMbps(),
                Math.round(parameters.wifiLatencyMs() * 1e6));
        this.route = Route.of(wifi);
        for (EnergyModel.RadioState s : EnergyModel.RadioState.values()) {
            radioTime.put(s, 0L);
        }
        lastEnergyUpdate = simulation.now();
    }

    /**
     * Adds a phone instance and its clone.
     *
     * @param instanceSubject e.g. {@code phoneinstance/inst-personal}
     * @param cloneSubject    the clone VM, e.g. {@code vm/clone-personal}
     * @param speedUp         the clone's speed over the phone (amphone.md: 5-12x)
     */
    public PhoneInstanceSim addInstance(String instanceSubject, String cloneSubject, double speedUp) {
        if (!(speedUp > 0) || Double.isInfinite(speedUp)) {
            throw new IllegalArgumentException("speed-up of " + cloneSubject + " must be positive and finite: "
                    + speedUp);
        }
        PhoneInstanceSim instance = new PhoneInstanceSim(this, instanceSubject, cloneSubject, speedUp);
        instances.add(instance);
        if (started) {
            instance.start();
        }
        return instance;
    }

    /** Starts every instance's workloads (input events, storage writes) and reports their first state. */
    public void start() {
        started = true;
        // the energy figures rest on an assumed model: its parameters travel with the run, so a
        // view or a recording can say what the estimate assumed
        StringBuilder text = new StringBuilder("energy model (assumption):");
        Map<String, Object> message = new LinkedHashMap<>();
        for (org.orrery.sim.param.ParameterInfo p : org.orrery.sim.param.ParameterInfo.describe(parameters.energy())) {
            text.append(' ').append(p.name()).append('=').append(p.value()).append(' ').append(p.unit()).append(';');
            // flat keys: attribute values are numbers or strings (a trace file holds nothing else)
            message.put(Attribute.ENERGY_MODEL + "." + p.name(), p.value());
        }
        message.put(Attribute.TEXT, text.substring(0, text.length() - 1));
        simulation.emit(EventKind.MESSAGE, subject, message);
        // the values this run starts with of the parameters a user may set (the workbench's controls,
        // orrery run --set): a view shows what a run, or a recording of it, used
        Map<String, Object> used = new LinkedHashMap<>();
        StringBuilder said = new StringBuilder("phone parameters:");
        for (String name : PhoneParameters.CONTROLS) {
            used.put(Attribute.PHONE_PARAMETER + "." + name, parameters.control(name));
            said.append(' ').append(name).append('=').append(parameters.control(name)).append(';');
        }
        used.put(Attribute.TEXT, said.substring(0, said.length() - 1));
        simulation.emit(EventKind.MESSAGE, subject, used);
        for (PhoneInstanceSim instance : instances) {
            instance.start();
        }
        energyChanged();
    }

    public Simulation simulation() {
        return simulation;
    }

    public String subject() {
        return subject;
    }

    public PhoneParameters parameters() {
        return parameters;
    }

    public List<PhoneInstanceSim> instances() {
        return List.copyOf(instances);
    }

    public boolean connected() {
        return connected;
    }

    public boolean failed() {
        return failed;
    }

    /** The Wi-Fi link's bandwidth now, bytes per second. */
    public double bandwidth() {
        return network.bandwidth(wifi);
    }

    /** One-way latency of the Wi-Fi link, nanoseconds. */
    public long latency() {
        return network.latency(wifi);
    }

    /** Gives the Wi-Fi link another bandwidth from now on; transfers on the air get their new share at once. */
    public void setWifiMbps(double mbps) {
        parameters = parameters.withWifiMbps(mbps);
        network.setLink(wifi, mbps * 1e6 / 8, latency());
        parameterChanged("wifiMbps");
    }

    /** Another sync threshold from now on; the daemon checks both sides at once. */
    public void setThresholdKiB(double kib) {
        parameters = parameters.withThresholdKiB(kib);
        parameterChanged("thresholdKiB");
        instances.forEach(PhoneInstanceSim::thresholdChanged);
    }

    /** Another input event rate from now on (the next event is drawn again: Poisson, so nothing is lost). */
    public void setInputEventRate(double perSecond) {
        parameters = parameters.withInputEventRate(perSecond);
        parameterChanged("inputEventRate");
        instances.forEach(PhoneInstanceSim::rescheduleWorkloads);
    }

    /** Reports a parameter the scenario changed, as the start reported it: a view shows the value in use. */
    private void parameterChanged(String name) {
        if (!started) {
            return; // the start reports it
        }
        simulation.emit(EventKind.MESSAGE, subject, Map.of(Attribute.TEXT, name + " set to " + parameters.control(name),
                Attribute.PHONE_PARAMETER + "." + name, parameters.control(name)));
    }

    /**
     * The Wi-Fi link drops ({@code false}) or comes back ({@code true}). A drop stops every transfer on
     * the air (what has landed stays staged on the receiver); a return resumes them after the
     * sync's negotiation and lets the daemons start what waited.
     */
    public void setConnected(boolean up) {
        if (failed || up == connected) {
            return;
        }
        connected = up;
        simulation.emit(EventKind.MESSAGE, subject, Map.of(Attribute.TEXT, up ? "Wi-Fi up" : "Wi-Fi down",
                Attribute.REASON, up ? "reconnect" : "wifi-drop"));
        if (!up) {
            for (Transfer t : List.copyOf(onAir)) {
                t.interrupt();
                interrupted.add(t);
            }
            instances.forEach(PhoneInstanceSim::disconnected);
        } else {
            List<Transfer> resume = List.copyOf(interrupted);
            interrupted.clear();
            resume.forEach(Transfer::resume);
            instances.forEach(PhoneInstanceSim::reconnected);
        }
    }

    /**
     * The phone dies: every instance stops where it is, transfers on the air are lost (see
     * {@link PhoneInstanceSim#lostEvents()} and {@link PhoneInstanceSim#lostBytes()}).
     */
    public void fail() {
        if (failed) {
            return;
        }
        settleEnergy(); // up to now at the living phone's power; nothing after
        failed = true;
        for (Transfer t : List.copyOf(onAir)) {
            t.interrupt();
        }
        onAir.clear();
        interrupted.clear();
        instances.forEach(PhoneInstanceSim::phoneDied);
        simulation.emit(EventKind.LIFECYCLE, subject, Map.of(Attribute.STATE, LifecycleState.CRASHED,
                Attribute.REASON, "phone-failure"));
        energyChanged();
    }

    /** Brings the energy account up to now and reports it. Call at the end of a run. */
    public void finish() {
        energyChanged();
    }

    /** Energy used so far (an estimate from the assumed {@link EnergyModel}), joules. */
    public double energyJ() {
        settleEnergy();
        return energyJ;
    }

    /** Radio share of {@link #energyJ()}. */
    public double radioEnergyJ() {
        settleEnergy();
        return radioJ;
    }

    /** CPU share of {@link #energyJ()}. */
    public double cpuEnergyJ() {
        settleEnergy();
        return cpuJ;
    }

    /** Time the radio spent in {@code state} so far, nanoseconds. */
    public long radioTime(EnergyModel.RadioState state) {
        settleEnergy();
        return radioTime.get(state);
    }

    // ---- transfers (used by the instances)

    /** Starts a transfer now (the caller checked the link is up). */
    Transfer send(PhoneInstanceSim owner, String direction, long bytes, long chunks, boolean resumable,
            Runnable landed) {
        Transfer t = new Transfer(this, owner, direction, bytes, chunks, resumable, landed);
        t.begin();
        return t;
    }

    /** A transfer waiting for the link to come back (the link was down when it was asked for). */
    Transfer sendLater(PhoneInstanceSim owner, String direction, long bytes, long chunks, boolean resumable,
            Runnable landed) {
        Transfer t = new Transfer(this, owner, direction, bytes, chunks, resumable, landed);
        interrupted.add(t);
        return t;
    }

    /** Waits again for the link (it dropped while the transfer negotiated its resumption). */
    void requeue(Transfer t) {
        if (!interrupted.contains(t)) {
            interrupted.add(t);
        }
    }

    /** Forgets a transfer its owner gave up (e.g. the final sync-back once the phone resumed without it). */
    void abandon(Transfer t) {
        if (onAir.contains(t)) {
            t.interrupt();
        }
        interrupted.remove(t);
    }

    FlowNetwork network() {
        return network;
    }

    Route route() {
        return route;
    }

    void flowStarted(Transfer t) {
        settleEnergy();
        onAir.add(t);
        activeFlows++;
        if (tailEnd != null) {
            simulation.unschedule(tailEnd);
            tailEnd = null;
        }
        radio = EnergyModel.RadioState.ACTIVE;
    }

    void flowEnded(Transfer t) {
        settleEnergy();
        onAir.remove(t);
        activeFlows--;
        if (activeFlows == 0) {
            radio = EnergyModel.RadioState.TAIL;
            tailEnd = simulation.schedule(Math.round(parameters.energy().radioTailS() * 1e9), s -> {
                settleEnergy();
                tailEnd = null;
                radio = EnergyModel.RadioState.IDLE;
            });
        }
    }

    /** An instance changed state: settle the energy at the old CPU share and report it. */
    void energyChanged() {
        settleEnergy();
        simulation.emit(EventKind.METRIC, subject, Map.of(Attribute.ENERGY, energyJ));
    }

    /** Integrates power since the last settlement; the CPU share counts instances running locally now. */
    private void settleEnergy() {
        long now = simulation.now();
        long dt = now - lastEnergyUpdate;
        if (dt <= 0) {
            return;
        }
        EnergyModel model = parameters.energy();
        double seconds = dt / 1e9;
        double r = model.radioPower(radio) * seconds;
        int local = failed ? 0 : (int) instances.stream().filter(i -> i.state() == InstanceState.RUNNING).count();
        double c = failed ? 0 : model.cpuPower(local, instances.size()) * seconds;
        if (failed) {
            r = 0;
        }
        radioJ += r;
        cpuJ += c;
        energyJ += r + c;
        radioTime.merge(radio, dt, Long::sum);
        lastEnergyUpdate = now;
    }

    /** Must be called before an instance's state changes, so the CPU share before the change is integrated. */
    void beforeStateChange() {
        settleEnergy();
    }
}
