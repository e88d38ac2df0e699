package org.orrery.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a UI benchmark ran on, in one line, for its printed figures. */
public final class Machine {

    private Machine() {
    }

    /** CPU model, cores, memory, OS, JVM, maximum heap, and the load average when it started. */
    public static String describe() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "machine: %s, %d cores, %.1f GiB; %s %s; Java %s; max heap %d MB; load %s",
                first("/proc/cpuinfo", "model name"), runtime.availableProcessors(),
                memKb() / 1048576.0, System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"), runtime.maxMemory() >> 20, load());
    }

    private static String first(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long memKb() {
        String total = first("/proc/meminfo", "MemTotal");
        return total.equals("unknown") ? 0 : Long.parseLong(total.replaceAll("\\D", ""));
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
