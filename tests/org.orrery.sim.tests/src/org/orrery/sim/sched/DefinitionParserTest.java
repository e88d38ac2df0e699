package org.orrery.sim.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.orrery.sim.sched.experiment.DefinitionParser;
import org.orrery.sim.sched.experiment.ExperimentDefinition;

/** Experiment files: settings, variations, defaults, and errors that say what was wrong. */
class DefinitionParserTest {

    private static final List<String> FILE = List.of("# a comment", "name = demo", "pcpus = 4",
            "policies = DFT SBCO", "runs = 2", "duration = 30s", "until = duration",
            "vary n = 1 3", "vary alpha = 0.5 0.9", "host = alpha=${alpha} schedLatency=12ms",
            "vm kb = kernbench vcpus=2 jobs=10 measure", "vm sp = superpi count=${n}");

    @Test
    void variationsMultiplyAndSubstitute() {
        ExperimentDefinition d = DefinitionParser.parse(FILE, "demo.sched");
        assertEquals("demo", d.name());
        assertEquals(List.of("DFT", "SBCO"), d.policies());
        assertEquals(2, d.runs());
        assertEquals(30_000_000_000L, d.duration());
        assertFalse(d.untilFinished());
        assertEquals(4, d.variants().size());
        assertEquals("n=3 alpha=0.9", d.variants().get(3).label());
        assertEquals(0.9, d.variants().get(3).host().sbco().alpha());
        assertEquals(12_000_000L, d.variants().get(3).host().cfs().schedLatency());
        assertEquals(4, d.variants().get(3).host().pcpus());
        assertEquals(3, d.variants().get(3).host().vms().get(1).count());
        // not given: 2.6.34's default for 4 pCPUs, 1 ms x (1 + log2 4)
        assertEquals(3_000_000L, d.variants().get(0).host().cfs().minGranularity());
    }

    @Test
    void mistakesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DefinitionParser.parse(List.of("vm x = kernbench jbos=3"), "bad.sched"));
        assertTrue(e.getMessage().contains("jbos") && e.getMessage().contains("bad.sched:1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DefinitionParser.parse(List.of("policies = DFT FAIR", "vm x = npb"), "p.sched"));
        assertTrue(e.getMessage().contains("FAIR"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DefinitionParser.parse(List.of("vm x = npb count=${k}"), "v.sched"));
        assertTrue(e.getMessage().contains("${k}"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DefinitionParser.parse(List.of("vm x = quake"), "k.sched"));
        assertTrue(e.getMessage().contains("quake"), e.getMessage());
    }

    /** Every shipped experiment file of the SBCO set-ups parses. */
    @Test
    void shippedExperimentsParse() throws IOException {
        Path dir = Path.of("../../bundles/org.orrery.sim/experiments/sbco");
        assertTrue(Files.isDirectory(dir), dir.toAbsolutePath().toString());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sched = files.filter(f -> f.toString().endsWith(".sched")).sorted().toList();
            assertTrue(sched.size() >= 7, sched.toString());
            for (Path f : sched) {
                ExperimentDefinition d = DefinitionParser.read(f);
                assertFalse(d.variants().isEmpty(), f.toString());
            }
        }
    }
}
