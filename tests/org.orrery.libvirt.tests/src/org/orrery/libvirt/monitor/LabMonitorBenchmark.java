package org.orrery.libvirt.monitor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.TestNodes;
import org.orrery.telemetry.TelemetryStore;

/**
 * How much CPU watching a lab costs: 200 running domains (1 to 4 vCPUs) on one libvirt test-driver
 * host, monitored at 1 Hz for a minute, every sample written to telemetry. Prints the process's
 * CPU share (the test driver runs inside the process, so its work is counted too), the monitor
 * thread's, the sampling time per tick, and the machine. Not part of the test suite; run it with
 * {@code ./orrery bench-lab} (ORRERY_BENCH_SECONDS changes the length).
 */
class LabMonitorBenchmark {

    private static final int DOMAINS = 200;
    private static final long PERIOD_MILLIS = 1_000;

    @TempDir
    Path dir;

    @Test
    void monitorTwoHundredDomainsAtOneHertz() throws Exception {
        int seconds = Integer.parseInt(System.getenv().getOrDefault("ORRERY_BENCH_SECONDS", "60"));
        StringBuilder domains = new StringBuilder();
        for (int i = 0; i < DOMAINS; i++) {
            domains.append("<domain type='test'><name>vm-%03d</name><memory>524288</memory><vcpu>%d</vcpu>"
                    .formatted(i, 1 + i % 4)).append("<os><type>hvm</type></os></domain>\n");
        }
        String uri = TestNodes.node(dir, "bench", 32, domains.toString());
        TelemetryStore store = new TelemetryStore();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (ConnectionManager manager = ConnectionManager.libvirt(store);
                LabMonitor monitor = new LabMonitor(manager, List.of(new LabHost("bench", "bench", uri)))) {
            monitor.sampleNow(); // connect and warm up outside the measurement
            long cpu0 = processCpuNanos();
            long wall0 = System.nanoTime();
            int events0 = store.size();
            monitor.start(PERIOD_MILLIS);
            Thread.sleep(200);
            Thread sampler = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("orrery-lab-monitor")).findFirst().orElseThrow();
            long samplerCpu0 = threads.getThreadCpuTime(sampler.threadId());
            java.util.Map<Long, Long> before = threadTimes(threads);
            List<Long> ticks = new ArrayList<>();
            long lastTime = -1;
            long end = System.currentTimeMillis() + seconds * 1000L;
            while (System.currentTimeMillis() < end) {
                LabSnapshot s = monitor.snapshot();
                if (s.time() != lastTime) {
                    lastTime = s.time();
                    ticks.add(s.sampleNanos());
                }
                Thread.sleep(50);
            }
            long samplerCpu = threads.getThreadCpuTime(sampler.threadId()) - samplerCpu0;
            java.util.Map<Long, Long> after = threadTimes(threads);
            long wall = System.nanoTime() - wall0;
            long cpu = processCpuNanos() - cpu0;
            int running = monitor.snapshot().hypervisors().get(0).domains().size();
            int cores = Runtime.getRuntime().availableProcessors();
            double mean = ticks.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
            double max = ticks.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
            System.out.printf(Locale.ROOT, "LabMonitorBenchmark: %d domains (%d running) at %.0f Hz for %.1f s, "
                    + "%d samples, %,d telemetry events%n", DOMAINS, running, 1000.0 / PERIOD_MILLIS, wall / 1e9,
                    ticks.size(), store.size() - events0);
            System.out.printf(Locale.ROOT, "LabMonitorBenchmark: process CPU %.2f%% of one core (%.2f%% of the "
                    + "machine's %d cores); monitor thread %.2f%% of one core%n", 100.0 * cpu / wall,
                    100.0 * cpu / wall / cores, cores, 100.0 * samplerCpu / wall);
            System.out.printf(Locale.ROOT, "LabMonitorBenchmark: one sample of all domains takes %.1f ms on "
                    + "average, %.1f ms at most%n", mean, max);
            System.out.println("LabMonitorBenchmark: busiest threads: " + busiest(threads, before, after, wall));
            System.out.println("LabMonitorBenchmark: machine: " + machine(cores));
        }
    }

    private static java.util.Map<Long, Long> threadTimes(ThreadMXBean threads) {
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            out.put(id, threads.getThreadCpuTime(id));
        }
        return out;
    }

    /** The four threads that used most CPU between the two readings, with their share of one core. */
    private static String busiest(ThreadMXBean threads, java.util.Map<Long, Long> before,
            java.util.Map<Long, Long> after, long wall) {
        return after.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(java.util.Map.Entry.<Long, Long>comparingByValue().reversed()).limit(4)
                .map(e -> {
                    var info = threads.getThreadInfo(e.getKey());
                    String name = info == null ? "#" + e.getKey() : info.getThreadName();
                    return String.format(Locale.ROOT, "%s %.2f%%", name, 100.0 * e.getValue() / wall);
                }).reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** CPU time (user + system) of this process so far, from /proc (no JDK-internal bean needed in OSGi). */
    private static long processCpuNanos() throws Exception {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        return ticks * (1_000_000_000L / clockTicksPerSecond());
    }

    private static long clockTicksPerSecond() throws Exception {
        Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
        return Long.parseLong(new String(p.getInputStream().readAllBytes()).strip());
    }

    private static String machine(int cores) throws Exception {
        String model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
        return String.format(Locale.ROOT, "%s, %d cores, %.1f GiB, %s %s, Java %s, libvirt %s", model, cores,
                memKb / 1048576.0, System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"), libvirtVersion());
    }

    private static String libvirtVersion() {
        try {
            Process p = new ProcessBuilder("virsh", "--version").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes()).strip();
        } catch (Exception e) {
            return "?";
        }
    }
}
