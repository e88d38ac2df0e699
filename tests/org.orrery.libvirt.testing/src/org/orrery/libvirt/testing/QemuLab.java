package org.orrery.libvirt.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Two libvirt daemons on this machine, as two hosts a VM can migrate between live (the set-up
 * BUILD-FACTS.md describes). Each runs in its own mount and UTS namespace ({@code unshare -m -u}):
 * its own host name and host UUID (libvirt refuses to migrate to "the same host"), and libvirt's
 * run, lib, etc, log and cache directories bind-mounted from a private folder, so neither touches
 * the machine's own libvirt. Each is reached as {@code qemu+unix:///system?socket=...}.
 * <p>
 * Needs root, {@code libvirtd}, {@code qemu-system-x86_64}, {@code unshare}, {@code virsh} (what
 * {@code ./orrery test} installs). Everything started here is stopped by its PID on
 * {@link #close()}: the daemons, and every guest whose PID file they wrote.
 */
public final class QemuLab implements AutoCloseable {

    /** The two hosts. */
    public static final String SOURCE = "src";
    public static final String DESTINATION = "dst";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final long STOP_WAIT_MILLIS = 5_000;

    private final Path dir;
    private final Map<String, Long> daemons = new LinkedHashMap<>();
    /** Every PID this lab started or found in a daemon's guest PID files, to stop on close. */
    private final Set<Long> started = new LinkedHashSet<>();
    private final List<String> log = new ArrayList<>();
    private long watchdog = -1;

    private QemuLab(Path dir) {
        this.dir = dir;
    }

    /**
     * Why this machine cannot run the lab, or null when it can: the user is not root, or a
     * program is missing (with the command that installs it).
     */
    public static String missingPrerequisite() {
        if (!"0".equals(run("id", "-u").strip())) {
            return "the real-QEMU tests start libvirt daemons and need root (run ./orrery test as root, "
                    + "or skip them with -DskipQemuTests)";
        }
        for (String program : List.of("libvirtd", "qemu-system-x86_64", "unshare", "virsh")) {
            if (run("sh", "-c", "command -v " + program).isBlank()) {
                return program + " is missing: ./orrery test installs it (apt-get install --no-install-recommends "
                        + "libvirt-daemon-system libvirt-daemon-driver-qemu qemu-system-x86 dnsmasq-base libvirt-clients)";
            }
        }
        return null;
    }

    /** Starts both daemons under {@code dir} and waits until both answer. */
    public static QemuLab start(Path dir) throws IOException, InterruptedException {
        QemuLab lab = new QemuLab(dir);
        try {
            long t0 = System.nanoTime();
            lab.startWatchdog();
            lab.startDaemon(SOURCE, "11111111-1111-4111-8111-111111111111");
            lab.startDaemon(DESTINATION, "22222222-2222-4222-8222-222222222222");
            lab.awaitReady(SOURCE);
            lab.awaitReady(DESTINATION);
            lab.note("both daemons answer after %.1f s", (System.nanoTime() - t0) / 1e9);
        } catch (IOException | InterruptedException | RuntimeException e) {
            lab.close();
            throw e;
        }
        return lab;
    }

    /** The URI of daemon {@code name}. */
    public String uri(String name) {
        return "qemu+unix:///system?socket=" + dir.resolve(name).resolve("run/libvirt-sock");
    }

    /** The PID of daemon {@code name}. */
    public long pid(String name) {
        return daemons.get(name);
    }

    /** Kills daemon {@code name} at once (SIGKILL), as a host that dies; its guests live on. */
    public void kill(String name) throws InterruptedException {
        ProcessHandle.of(daemons.get(name)).ifPresent(p -> {
            p.destroyForcibly();
            p.onExit().join();
        });
        note("killed daemon %s (pid %d)", name, daemons.get(name));
    }

    /** Starts daemon {@code name} again (after {@link #kill}) and waits until it answers. */
    public void restart(String name) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        startDaemon(name, name.equals(SOURCE) ? "11111111-1111-4111-8111-111111111111"
                : "22222222-2222-4222-8222-222222222222");
        awaitReady(name);
        note("daemon %s answers again after %.1f s", name, (System.nanoTime() - t0) / 1e9);
    }

    /** PIDs of the guests daemon {@code name} runs (from its PID files). */
    public List<Long> guests(String name) throws IOException {
        Path qemu = dir.resolve(name).resolve("run/qemu");
        if (!Files.isDirectory(qemu)) {
            return List.of();
        }
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> files = Files.list(qemu)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pid")).toList()) {
                String text = Files.readString(f).strip();
                if (!text.isEmpty()) {
                    pids.add(Long.parseLong(text));
                }
            }
        }
        started.addAll(pids);
        return pids;
    }

    /** The PID of the QEMU process of guest {@code domain} on daemon {@code name} (from its PID file). */
    public long guest(String name, String domain) throws IOException {
        long pid = Long.parseLong(Files.readString(dir.resolve(name).resolve("run/qemu/" + domain + ".pid")).strip());
        started.add(pid);
        return pid;
    }

    /**
     * Where the kernel last ran each vCPU thread of QEMU process {@code pid}: vCPU index to host
     * CPU, the {@code processor} field of {@code /proc/PID/task/TID/stat} (what libvirt reads for
     * {@code virDomainGetVcpus}), found by QEMU's thread names ({@code CPU 1/TCG}, {@code CPU 1/KVM}).
     */
    public static Map<Integer, Integer> vcpuPlacement(long pid) throws IOException {
        Map<Integer, Integer> out = new java.util.TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String comm = Files.readString(task.resolve("comm")).strip();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("CPU (\\d+)/\\w+").matcher(comm);
                if (m.matches()) {
                    String stat = Files.readString(task.resolve("stat"));
                    // fields after the name in parentheses (which has spaces): state is field 3, processor 39
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    out.put(Integer.parseInt(m.group(1)), Integer.parseInt(fields[39 - 3]));
                }
            }
        }
        return out;
    }

    /**
     * Writes a multiboot "kernel" that QEMU loads straight into guest memory: a header, three
     * instructions ({@code cli; hlt; jmp hlt}: the guest idles) and {@code payloadMiB} of random
     * bytes. A guest without it has almost no non-zero memory and migrates in a blink; with it,
     * a migration capped at a few MiB/s lasts seconds, long enough to watch, poll and interrupt.
     */
    public Path writeKernel(int payloadMiB) throws IOException {
        byte[] payload = new byte[payloadMiB << 20];
        new Random(42).nextBytes(payload);
        return writeMultiboot("payload.kernel", new byte[] {(byte) 0xFA, (byte) 0xF4, (byte) 0xEB, (byte) 0xFD},
                payload);
    }

    /**
     * Writes a multiboot "kernel" whose every vCPU spins ({@code jmp $}) for as long as the guest
     * runs: a busy guest whose vCPUs are always runnable, so that more of them than host CPUs wait
     * in the host's run queues. Only the boot vCPU enters a multiboot kernel; it wakes the others
     * the way an operating system does (the local APIC's INIT, then twice a start-up IPI to a page
     * below 1 MiB holding {@code jmp $} in real mode) and spins too. Measured on 2 host CPUs under
     * QEMU's TCG: every vCPU thread uses a full CPU when it has one to itself; without the IPIs
     * the other vCPUs stay halted and use none.
     */
    public Path writeSpinningKernel() throws IOException {
        ByteBuffer code = ByteBuffer.allocate(96).order(ByteOrder.LITTLE_ENDIAN);
        int trampoline = 0x8000; // start-up IPI vector 0x08: the woken vCPUs begin at 0x08 << 12
        int icr = 0xFEE00300; // the local APIC's interrupt command register (low half)
        code.put((byte) 0xFA); // cli
        code.put(new byte[] {0x66, (byte) 0xC7, 0x05}).putInt(trampoline).put(new byte[] {(byte) 0xEB, (byte) 0xFE});
        code.put(new byte[] {(byte) 0xC7, 0x05}).putInt(0xFEE000F0).putInt(0x1FF); // software-enable the APIC
        code.put(new byte[] {(byte) 0xC7, 0x05}).putInt(icr).putInt(0x000C4500); // INIT to all but self
        for (int sipi = 0; sipi < 2; sipi++) {
            code.put((byte) 0xB9).putInt(0x200000).put(new byte[] {(byte) 0xE2, (byte) 0xFE}); // wait: loop
            code.put(new byte[] {(byte) 0xC7, 0x05}).putInt(icr).putInt(0x000C4608); // start-up IPI, vector 0x08
        }
        code.put(new byte[] {(byte) 0xEB, (byte) 0xFE}); // jmp $
        return writeMultiboot("spinning.kernel", java.util.Arrays.copyOf(code.array(), code.position()), new byte[0]);
    }

    /**
     * A flat multiboot image under the lab's folder: the header (loaded at 1 MiB, entry right
     * after it), then {@code code}, then {@code payload}.
     */
    private Path writeMultiboot(String name, byte[] code, byte[] payload) throws IOException {
        int load = 0x100000;
        ByteBuffer header = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        int magic = 0x1BADB002;
        int flags = 0x00010000; // the address fields below are valid (a flat binary, no ELF)
        header.putInt(magic).putInt(flags).putInt(-(magic + flags));
        header.putInt(load).putInt(load).putInt(0).putInt(0).putInt(load + 32); // header, load, end, bss, entry
        Path kernel = dir.resolve(name);
        Files.write(kernel, concat(concat(header.array(), code), payload));
        return kernel;
    }

    /** What happened, with timings, one line per event. */
    public List<String> log() {
        return List.copyOf(log);
    }

    /** Stops every guest and daemon this lab started, by PID; waits for each to end. */
    @Override
    public void close() {
        for (String name : daemons.keySet()) {
            try {
                guests(name);
            } catch (IOException e) {
                note("could not read the guest PID files of %s: %s", name, e.getMessage());
            }
        }
        started.addAll(daemons.values());
        for (long pid : started) {
            ProcessHandle.of(pid).ifPresent(p -> {
                p.destroy();
                try {
                    p.onExit().get(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
                } catch (Exception e) {
                    p.destroyForcibly();
                }
            });
        }
        note("stopped pids %s", started);
        ProcessHandle.of(watchdog).ifPresent(ProcessHandle::destroy);
    }

    /** Whether every process this lab started has ended. */
    public boolean allStopped() {
        return started.stream().noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    /**
     * A shell that outlives this JVM only to stop, by PID, what the lab started if the JVM dies
     * before {@link #close()} (a crash in native code): daemons listed in {@code pids}, guests in
     * the daemons' PID files. {@link #close()} stops it too.
     */
    private void startWatchdog() throws IOException {
        String script = "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; "
                + "for f in \"$2\"/pids \"$2\"/*/run/qemu/*.pid; do [ -f \"$f\" ] && kill $(cat \"$f\") 2>/dev/null; done";
        Process p = new ProcessBuilder("setsid", "sh", "-c", script, "qemu-lab-watchdog",
                Long.toString(ProcessHandle.current().pid()), dir.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        watchdog = p.pid();
        note("watchdog (pid %d) stops the lab should this JVM die first", watchdog);
    }

    private void startDaemon(String name, String uuid) throws IOException {
        Path home = dir.resolve(name);
        for (String sub : List.of("run", "lib", "etc", "log", "cache")) {
            Files.createDirectories(home.resolve(sub));
        }
        Files.writeString(home.resolve("etc/libvirtd.conf"), """
                host_uuid = "%s"
                auth_unix_rw = "none"
                auth_unix_ro = "none"
                log_outputs = "3:file:/var/log/libvirt/libvirtd.log"
                """.formatted(uuid));
        // QEMU's output to files (no virtlogd needed); no AppArmor confinement for the private daemon
        Files.writeString(home.resolve("etc/qemu.conf"), """
                stdio_handler = "file"
                security_driver = "none"
                user = "root"
                group = "root"
                """);
        String script = String.join("\n", "set -e", "mount --make-rprivate /",
                "for d in run:/run/libvirt lib:/var/lib/libvirt etc:/etc/libvirt log:/var/log/libvirt "
                        + "cache:/var/cache/libvirt; do",
                "  mkdir -p \"${d#*:}\"; mount --bind \"$HOME_DIR/${d%%:*}\" \"${d#*:}\"", "done",
                "hostname orrery-" + name, "exec libvirtd --pid-file /run/libvirt/libvirtd.pid");
        ProcessBuilder builder = new ProcessBuilder("setsid", "unshare", "-m", "-u", "sh", "-c", script);
        builder.environment().put("HOME_DIR", home.toString());
        builder.redirectErrorStream(true).redirectOutput(home.resolve("daemon.out").toFile());
        builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Process p = builder.start();
        // setsid execs (it forks only for a process group leader, which a child is not), so this
        // PID becomes unshare, then sh, then libvirtd
        daemons.put(name, p.pid());
        started.add(p.pid());
        Files.writeString(dir.resolve("pids"), p.pid() + "\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        note("started daemon %s (pid %d)", name, p.pid());
    }

    private void awaitReady(String name) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!ProcessHandle.of(daemons.get(name)).map(ProcessHandle::isAlive).orElse(false)) {
                throw new IOException("libvirt daemon " + name + " ended at start-up: "
                        + Files.readString(dir.resolve(name).resolve("daemon.out")));
            }
            Process probe = new ProcessBuilder("virsh", "-c", uri(name), "version").redirectErrorStream(true).start();
            if (probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                return;
            }
            probe.destroyForcibly();
            Thread.sleep(200);
        }
        throw new IOException("libvirt daemon " + name + " did not answer within " + READY_TIMEOUT.toSeconds() + " s");
    }

    private void note(String format, Object... args) {
        log.add(String.format(java.util.Locale.ROOT, format, args));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
