package org.orrery.experiment.bridge;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The units a model's parameters may be written in, per dimension, and their factor to the base
 * unit the bridge works in (seconds, bytes per second, bytes, plain numbers). Decimal prefixes
 * are powers of 1000 ({@code MB/s} is 10^6 bytes per second), binary ones powers of 1024
 * ({@code MiB}); {@code Mbit/s} and {@code Mbps} are megabits per second. A plain number may
 * carry the word its parameter counts in ({@code rounds}, {@code pages}) or none.
 */
enum Units {
    /** Durations, base unit the second. */
    TIME(Map.of("ns", 1e-9, "us", 1e-6, "\u00b5s", 1e-6, "ms", 1e-3, "s", 1.0, "min", 60.0, "h", 3600.0)),
    /** Data rates, base unit the byte per second. */
    RATE(Map.ofEntries(Map.entry("B/s", 1.0), Map.entry("KB/s", 1e3), Map.entry("MB/s", 1e6), Map.entry("GB/s", 1e9),
            Map.entry("KiB/s", 1024.0), Map.entry("MiB/s", 1048576.0), Map.entry("GiB/s", 1073741824.0),
            Map.entry("bit/s", 1 / 8.0), Map.entry("Kbit/s", 1e3 / 8), Map.entry("Mbit/s", 1e6 / 8),
            Map.entry("Gbit/s", 1e9 / 8), Map.entry("Kbps", 1e3 / 8), Map.entry("Mbps", 1e6 / 8),
            Map.entry("Gbps", 1e9 / 8))),
    /** Sizes, base unit the byte. */
    SIZE(Map.of("B", 1.0, "KB", 1e3, "MB", 1e6, "GB", 1e9, "KiB", 1024.0, "MiB", 1048576.0, "GiB", 1073741824.0)),
    /** Plain numbers (counts, fractions): no unit, or an empty one. */
    NUMBER(Map.of());

    private final Map<String, Double> factors;

    Units(Map<String, Double> factors) {
        this.factors = factors;
    }

    /** The factor from {@code unit} to the base unit, or null when {@code unit} is not one of this dimension's. */
    Double factor(String unit) {
        if (this == NUMBER) {
            return unit == null || unit.isBlank() ? 1.0 : null;
        }
        return factors.get(unit.trim());
    }

    /**
     * The dimension of a simulator parameter from the unit it declares ({@code ns}, {@code B/s},
     * {@code B}); anything else (rounds, pages, fraction, factor, none) is a plain number.
     */
    static Units ofParameterUnit(String unit) {
        for (Units u : List.of(TIME, RATE, SIZE)) {
            if (u.factors.containsKey(unit)) {
                return u;
            }
        }
        return NUMBER;
    }

    /** The units accepted, for messages. */
    String accepted() {
        if (this == NUMBER) {
            return "none";
        }
        // by size, then by name: the map's own order changes from one JVM to the next
        List<String> names = factors.keySet().stream()
                .sorted(Comparator.comparing((String u) -> factors.get(u)).thenComparing(u -> u)).toList();
        return String.join(", ", names);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
