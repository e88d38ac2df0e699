package org.orrery.sim.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What a benchmark ran on, and how much heap it used: printed with every figure. */
public final class Machine {

    private Machine() {
    }

    /** One line: CPU model, cores, memory, OS, JVM and maximum heap. */
    public static String describe() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "machine: %s, %d cores visible to the JVM, %s; %s %s; Java %s (%s); max heap %d MB",
                cpuModel(), runtime.availableProcessors(), physicalMemory(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                runtime.maxMemory() >> 20);
    }

    /** Highest heap use seen since the JVM started (sum of the heap pools' peaks), bytes. */
    public static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Heap in use after a full collection, bytes: what the run's live objects take. */
    public static long liveHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }

    private static String physicalMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / (1024 * 1024) + " GB RAM").findFirst()
                    .orElse("RAM unknown");
        } catch (IOException | RuntimeException e) {
            return "RAM unknown";
        }
    }
}
