package org.orrery.ui.views.internal.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Ticks and pixels of the time axis, and the formats of the numbers shown. */
class TimeAxisTest {

    private static final long S = 1_000_000_000L;

    @Test
    void ticksAreNiceStepsAtLeastTheAskedPixelsApart() {
        // 41 s over 820 px: 20 px a second, 90 px apart asks for 4.5 s, so 5 s steps
        TimeAxis axis = new TimeAxis(30 * S, 71 * S, 100, 920);
        List<TimeAxis.Tick> ticks = axis.ticks(90);
        assertEquals(30 * S, ticks.get(0).time());
        assertEquals(5 * S, ticks.get(1).time() - ticks.get(0).time());
        assertEquals("30 s", ticks.get(0).label());
        assertEquals("35 s", ticks.get(1).label());
        assertEquals(100, ticks.get(0).x());
        assertEquals(200, ticks.get(1).x());
        assertEquals(9, ticks.size());
        assertEquals(50 * S, axis.time(axis.x(50 * S)));
    }

    @Test
    void unitsFollowTheStep() {
        assertEquals(200_000_000L, TimeAxis.step(150_000_000));
        assertEquals("14.2 s", TimeAxis.label(14_200_000_000L, 200_000_000L));
        assertEquals("14.25 s", TimeAxis.label(14_250_000_000L, 50_000_000L));
        assertEquals(120 * S, TimeAxis.step(70e9), "past a minute, whole minutes");
        assertEquals("4 min", TimeAxis.label(240 * S, 120 * S));
        assertEquals(600 * S, TimeAxis.step(400e9));
        List<TimeAxis.Tick> ticks = new TimeAxis(0, 1800 * S, 0, 900).ticks(90);
        assertTrue(ticks.size() >= 5 && ticks.size() <= 10, ticks.toString());
        assertEquals("0 min", ticks.get(0).label());
    }

    @Test
    void numbersReadWell() {
        assertEquals("538.2 MB", TimelineFormat.bytes(538_181_632));
        assertEquals("1.07 GB", TimelineFormat.bytes(1_073_741_824));
        assertEquals("512 B", TimelineFormat.bytes(512));
        assertEquals("32,140,452 B (32.1 MB)", TimelineFormat.exactBytes(32_140_452));
        assertEquals("283 ms", TimelineFormat.duration(282_865_248));
        assertEquals("4.59 s", TimelineFormat.duration(4_588_318_304L));
        assertEquals("41.3 s", TimelineFormat.duration(41_269_417_043L));
        assertEquals("2 min 13 s", TimelineFormat.duration(133_217_586_496L));
        assertEquals("4.588318 s", TimelineFormat.exactDuration(4_588_318_304L));
        assertEquals("125.0 MB/s", TimelineFormat.rate(1.25e8));
        assertEquals("a1", TimelineFormat.shortId("host/a1"));
        assertEquals("src1, src2", TimelineFormat.shortIds("host/src1 host/src2"), "a cluster's hosts");
        assertEquals("migrate the cluster", TimelineFormat.shortId("cluster/migrate the cluster"));
        assertEquals("?", TimelineFormat.bytes(-1));
    }
}
