package org.orrery.sim.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.orrery.sim.RunOutcome;
import org.orrery.sim.Simulation;
import org.orrery.telemetry.TelemetryStore;

/** Max-min fair sharing against hand computation. */
class FlowNetworkTest {

    private static final long SECOND = 1_000_000_000L;
    private static final double MB = 1e6;

    private final Simulation sim = new Simulation(1, new TelemetryStore());
    private final FlowNetwork network = new FlowNetwork(sim);
    private final List<String> done = new ArrayList<>();

    private Flow flow(String name, double bytes, Route route) {
        return network.start(bytes, route, f -> done.add(name + "@" + sim.now()));
    }

    @Test
    void twoFlowsShareALinkAndTheSurvivorSpeedsUpWhenOneEnds() {
        Link link = new Link("l", 100 * MB, 0);
        Flow big = flow("big", 100 * MB, Route.of(link));
        Flow small = flow("small", 50 * MB, Route.of(link));
        assertEquals(50 * MB, big.rate(), 1e-6);
        assertEquals(50 * MB, small.rate(), 1e-6);
        assertEquals(RunOutcome.QUEUE_EMPTY, sim.run());
        // small: 50 MB at 50 MB/s = 1 s; big: 50 MB by then, the other 50 MB at 100 MB/s = 0.5 s more
        assertEquals(List.of("small@" + SECOND, "big@" + 3 * SECOND / 2), done);
        assertEquals(150 * MB, network.carried(link), 1);
        assertFalse(big.isActive());
        assertEquals(100 * MB, big.sent(), 1e-3);
    }

    @Test
    void aBandwidthChangeAppliesToTheFlowUnderWay() {
        // X = 100 MB at B1 = 10 MB/s for t1 = 3 s, then B2 = 40 MB/s: ends at t1 + (X - B1 t1) / B2
        // = 3 + 70 / 40 = 4.75 s; completions are rounded up to the nanosecond, so within 2 ns
        Link link = new Link("l", 10 * MB, 0);
        Flow flow = flow("x", 100 * MB, Route.of(link));
        sim.schedule(3 * SECOND, s -> network.setLink(link, 40 * MB, 0));
        sim.run();
        assertEquals(1, done.size());
        assertEquals(4.75 * SECOND, endTime(done.get(0)), 2);
        assertEquals(40 * MB, flow.rate(), 1e-9);
        assertEquals(100 * MB, network.carried(link), 1e-3);
        assertEquals(40 * MB, network.bandwidth(link), 0);
        assertEquals(10 * MB, link.bytesPerSecond(), 0, "the link itself keeps its values: another run starts from them");
    }

    @Test
    void aBandwidthChangeResharesEveryFlowOnTheLinkAndThoseBeyondIt() {
        // A (100 MB) and B (50 MB) share a 100 MB/s link: 50 MB/s each; at 0.5 s (25 MB each sent) it
        // drops to 50 MB/s: 25 MB/s each; B's last 25 MB end at 1.5 s; A, with 50 MB left, alone at
        // 50 MB/s, ends at 2.5 s. C crosses only A's other link (1 GB/s), so it takes what A leaves:
        // 1000 - 50 = 950 MB/s, then 1000 - 25 = 975 MB/s after the change.
        Link shared = new Link("shared", 100 * MB, 0);
        Link other = new Link("other", 1000 * MB, 0);
        flow("a", 100 * MB, Route.of(shared, other));
        flow("b", 50 * MB, Route.of(shared));
        Flow c = flow("c", 1e12, Route.of(other));
        assertEquals(950 * MB, c.rate(), 1e-6);
        sim.schedule(SECOND / 2, s -> network.setLink(shared, 50 * MB, 0));
        sim.runUntil(SECOND);
        assertEquals(975 * MB, c.rate(), 1e-6);
        sim.runUntil(3 * SECOND);
        assertEquals(2, done.size());
        assertEquals(1.5 * SECOND, endTime(done.get(0)), 2);
        assertEquals(2.5 * SECOND, endTime(done.get(1)), 2);
        c.cancel();
    }

    @Test
    void aLatencyChangeAppliesToWhatLeavesFromThenOn() {
        Link first = new Link("first", 10 * MB, 100_000);
        Link second = new Link("second", 10 * MB, 5_000_000);
        Route route = Route.of(first, second);
        assertEquals(5_100_000, network.latency(route));
        network.setLink(second, 10 * MB, 1_000);
        assertEquals(101_000, network.latency(route));
        assertEquals(202_000, network.roundTrip(route));
        assertEquals(5_100_000, route.latency(), "the route's own figure is the links' values at the start");
        network.setLink(first, 2 * MB, 100_000);
        assertEquals(2 * MB, network.bottleneck(route), 0);
    }

    @Test
    void aBadLinkChangeIsRefusedWithTheLinkNamed() {
        Link link = new Link("wan", 10 * MB, 0);
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> network.setLink(link, 0, 0));
        assertTrue(zero.getMessage().contains("wan"), zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> network.setLink(link, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> network.setLink(link, 10 * MB, -1));
    }

    private static double endTime(String record) {
        return Long.parseLong(record.substring(record.indexOf('@') + 1));
    }

    @Test
    void progressiveFillingGivesTheTextbookMaxMinShares() {
        // A crosses both links, B only the first, C only the second. The second (4) is the
        // bottleneck of A and C: 2 each. B takes what A leaves of the first: 10 - 2 = 8.
        Link first = new Link("first", 10, 0);
        Link second = new Link("second", 4, 0);
        Flow a = flow("a", 1e9, Route.of(first, second));
        Flow b = flow("b", 1e9, Route.of(first));
        Flow c = flow("c", 1e9, Route.of(second));
        assertEquals(2, a.rate(), 1e-9);
        assertEquals(8, b.rate(), 1e-9);
        assertEquals(2, c.rate(), 1e-9);
        c.cancel();
        // alone on the second link, A is limited by it (4); B gets the rest of the first (6)
        assertEquals(4, a.rate(), 1e-9);
        assertEquals(6, b.rate(), 1e-9);
        assertEquals(0, c.rate() - 2, 1e-9, "a cancelled flow keeps its last rate");
    }

    @Test
    void aCappedFlowLeavesTheRestToOthers() {
        Link link = new Link("l", 10 * MB, 0);
        Flow capped = network.start(10 * MB, Route.of(link), 1 * MB, f -> done.add("capped@" + sim.now()));
        Flow free = flow("free", 9 * MB, Route.of(link));
        assertEquals(1 * MB, capped.rate(), 1e-6);
        assertEquals(9 * MB, free.rate(), 1e-6);
        sim.run();
        assertEquals(List.of("free@" + SECOND, "capped@" + 10 * SECOND), done);
    }

    @Test
    void aFlowStartedLaterSlowsTheFirstAndItsCompletionMoves() {
        Link link = new Link("l", 100 * MB, 0);
        flow("first", 100 * MB, Route.of(link));
        sim.schedule(SECOND / 2, s -> flow("second", 25 * MB, Route.of(link)));
        sim.run();
        // first: 50 MB alone in 0.5 s; then both at 50 MB/s: second done after 0.5 s (t = 1 s),
        // first has 25 MB left at 100 MB/s: 0.25 s more
        assertEquals(List.of("second@" + SECOND, "first@" + 5 * SECOND / 4), done);
    }

    @Test
    void flowsOnUnrelatedLinksDoNotDisturbEachOther() {
        Link a = new Link("a", 100 * MB, 0);
        Link b = new Link("b", 100 * MB, 0);
        Flow onA = flow("a", 100 * MB, Route.of(a));
        flow("b", 300 * MB, Route.of(b));
        assertEquals(100 * MB, onA.rate(), 1e-6);
        sim.run();
        assertEquals(List.of("a@" + SECOND, "b@" + 3 * SECOND), done);
    }

    @Test
    void shrinkingDropsBytesThatNeverTravel() {
        Link link = new Link("l", 100 * MB, 0);
        Flow f = flow("f", 100 * MB, Route.of(link));
        sim.schedule(SECOND / 2, s -> f.shrink(25 * MB));
        sim.run();
        assertEquals(List.of("f@" + 3 * SECOND / 4), done);
        assertEquals(75 * MB, f.sent(), 1e-3);
        assertEquals(75 * MB, network.carried(link), 1e-3);
    }

    @Test
    void anEmptyFlowCompletesAtOnceAndBadArgumentsAreRefused() {
        Link link = new Link("l", 1, 0);
        flow("empty", 0, Route.of(link));
        sim.run();
        assertEquals(List.of("empty@0"), done);
        assertThrows(IllegalArgumentException.class, () -> flow("neg", -1, Route.of(link)));
        assertThrows(IllegalArgumentException.class, () -> network.start(1, Route.of(link), 0, f -> {
        }));
        assertThrows(IllegalArgumentException.class, () -> Route.of());
    }

    @Test
    void routesAddLatenciesAndKnowTheirBottleneck() {
        Route route = Route.of(new Link("up", 125 * MB, 50_000), Link.ofMegabits("wan", 100, 5_000_000),
                new Link("down", 125 * MB, 50_000));
        assertEquals(5_100_000, route.latency());
        assertEquals(10_200_000, route.roundTrip());
        assertEquals(12.5 * MB, route.bottleneck(), 1e-6);
        assertEquals("wan", route.link(1).id());
    }

    @Test
    void aTopologyGivesLanRoutesInsideASiteAndWanRoutesThroughTheRouter() {
        Link aToB = Link.ofMegabits("router/a-b", 100, 1_000_000);
        Link bToA = Link.ofMegabits("router/b-a", 100, 1_000_000);
        Topology topology = new Topology()
                .addHost("h1", "a", 125 * MB, 50_000).addHost("h2", "a", 125 * MB, 50_000)
                .addHost("h3", "b", 125 * MB, 50_000)
                .connectSites("a", "b", aToB, bToA);
        assertEquals(List.of(topology.uplink("h1"), topology.downlink("h2")), topology.route("h1", "h2").links());
        assertEquals(List.of(topology.uplink("h1"), aToB, topology.downlink("h3")), topology.route("h1", "h3").links());
        assertEquals(bToA, topology.route("h3", "h2").link(1));
        assertTrue(topology.route("h1", "h3").latency() > topology.route("h1", "h2").latency());
        assertThrows(IllegalArgumentException.class, () -> topology.route("h1", "nowhere"));
    }
}
