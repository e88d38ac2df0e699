package org.orrery.sim.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.orrery.sim.SimEvent;
import org.orrery.sim.memory.ContentMix;
import org.orrery.sim.memory.GuestMemory;
import org.orrery.sim.memory.PageContents;
import org.orrery.sim.network.Flow;
import org.orrery.sim.network.Route;

/**
 * Shrinker's page transport (riteau.md). The source walks a round's pages in batches of as many
 * non-zero pages as fill one pipelined window of service requests; for each batch, one after the
 * other (assumption: KVM 0.15's migration loop is single-threaded, so hashing and querying a
 * batch wait for the previous batch to be written):
 * <ol>
 * <li>hash its non-zero pages (zero pages keep their marker and are not hashed);</li>
 * <li>ask the coordination service about every chunk, pipelined: the first to ask about a content
 * sends it whole, the others send its hash;</li>
 * <li>send the batch: whole chunks with their address, hashes with their address, zero markers.</li>
 * </ol>
 * At the destination each batch, once landed, is looked up in the indexing service: whole pages
 * are registered; a hashed page registered by then is fetched from the peer that holds it over
 * the destination's LAN, otherwise (not yet registered: its whole copy is still on its way) it is
 * pulled over the WAN from the VM's own source; fetched and pulled pages are registered in turn.
 * The VM can resume once the last batch's destination work is done.
 * <p>
 * Pages the guest dirties are written with fresh content (assumption), so later rounds send
 * them whole after the same hashing and query. Deduplication is per page: every chunk of a page
 * shares the page's fate (assumption: riteau.md calibrates only 4096-byte chunks; smaller chunks
 * here change the costs per chunk, not what deduplicates).
 */
final class ShrinkerTransport implements PageTransport {

    private final MigrationContext context;
    private final ShrinkerParameters parameters;
    private final DeduplicationServices services;
    private final WireFormat wire;
    private final PageContents contents;
    private final int[] nonZeroBefore;
    private final Route route;
    private final Route destinationLan;
    private final int pagesPerBatch;
    private final List<Flow> destinationFlows = new ArrayList<>();

    private boolean roundActive;
    private int cursor;
    private long freshPages;
    private double cap;
    private Runnable whenSent;
    private long roundStart;
    private double roundSentBytes;
    private long roundFull;
    private long roundDedup;
    private long roundZero;
    private long roundPulled;
    private Batch batch;
    private SimEvent stage;
    private Flow flow;
    private double totalSent;
    private int outstanding;
    private boolean finishing;
    private boolean sourceDone;
    private Runnable delivered;
    private boolean cancelled;

    ShrinkerTransport(MigrationContext context, ShrinkerParameters parameters, DeduplicationServices services) {
        this.context = context;
        this.parameters = parameters;
        this.services = services;
        this.wire = parameters.qemu().wire();
        this.route = context.request().route();
        this.destinationLan = Route.of(route.last());
        this.contents = contentsOf(context, wire, services);
        this.nonZeroBefore = new int[contents.pages() + 1];
        for (int i = 0; i < contents.pages(); i++) {
            nonZeroBefore[i + 1] = nonZeroBefore[i] + (contents.content(i) == PageContents.ZERO ? 0 : 1);
        }
        this.pagesPerBatch = Math.max(1, parameters.pipelineDepth() / parameters.chunksPerPage());
        this.cursor = contents.pages();
    }

    /** The VM's page contents, or all-unique contents laid out like its memory when none are given. */
    private static PageContents contentsOf(MigrationContext context, WireFormat wire, DeduplicationServices services) {
        GuestMemory memory = context.request().memory();
        return memory.contents().orElseGet(() -> {
            int pages = Math.toIntExact(wire.pages(memory));
            int used = Math.toIntExact(pages - wire.zeroPages(memory));
            return PageContents.generate(new ContentMix(pages, wire.pageSize(), used, 0, 0), services.nextNamespace(),
                    context.simulation().random("shrinker/" + context.request().vm() + "/layout"));
        });
    }

    @Override
    public void sendRound(boolean wholeMemory, long dirtyPages, double rateCap, Runnable done) {
        roundActive = true;
        cursor = wholeMemory ? 0 : contents.pages();
        freshPages = wholeMemory ? 0 : dirtyPages;
        cap = rateCap;
        whenSent = done;
        roundStart = context.now();
        roundSentBytes = 0;
        roundFull = 0;
        roundDedup = 0;
        roundZero = 0;
        roundPulled = 0;
        nextBatch();
    }

    @Override
    public double unsent() {
        if (!roundActive) {
            return 0;
        }
        long left = contents.pages() - cursor;
        long nonZero = nonZeroBefore[contents.pages()] - nonZeroBefore[cursor];
        double estimate = (nonZero + freshPages) * (double) parameters.fullPageWireBytes()
                + (left - nonZero) * (double) wire.zeroPageBytes();
        if (flow != null && flow.isActive()) {
            estimate += flow.remaining();
        } else if (batch != null) {
            estimate += batch.estimate();
        }
        return estimate;
    }

    @Override
    public double roundSent() {
        return roundSentBytes + (flow != null && flow.isActive() ? flow.sent() : 0);
    }

    @Override
    public double rate() {
        double elapsed = (context.now() - roundStart) / 1e9;
        double sent = roundSent();
        return elapsed > 0 && sent > 0 ? sent / elapsed : Math.min(cap, context.network().bottleneck(route));
    }

    @Override
    public Optional<PageCounts> roundPages() {
        return Optional.of(new PageCounts(roundFull, roundDedup, roundPulled, roundZero));
    }

    @Override
    public double dirtyBytes(long pages) {
        return pages * (double) parameters.fullPageWireBytes();
    }

    @Override
    public void finish(long dirtyPages, double rateCap, Runnable whenDelivered) {
        finishing = true;
        delivered = whenDelivered;
        cap = rateCap;
        freshPages += dirtyPages;
        if (!roundActive) {
            roundActive = true;
            roundStart = context.now();
            nextBatch();
        }
    }

    @Override
    public double totalSent() {
        return totalSent + (flow != null && flow.isActive() ? flow.sent() : 0);
    }

    @Override
    public void cancel() {
        cancelled = true;
        context.unschedule(stage);
        if (flow != null) {
            flow.cancel();
        }
        for (Flow f : List.copyOf(destinationFlows)) {
            f.cancel();
        }
    }

    private boolean roundHasMore() {
        return cursor < contents.pages() || freshPages > 0;
    }

    private void nextBatch() {
        batch = null;
        if (!roundHasMore()) {
            roundActive = false;
            if (finishing) {
                sourceDone = true;
                maybeDelivered();
            } else {
                whenSent.run();
            }
            return;
        }
        batch = takeBatch();
        if (batch.contents.isEmpty()) {
            send();
        } else {
            long hashTime = (long) Math.ceil(batch.contents.size() * (double) wire.pageSize() / parameters.hashRate() * 1e9);
            stage = context.schedule(hashTime, sim -> query());
        }
    }

    /** The next pages of the round: up to one window of non-zero pages, and the zero pages among them. */
    private Batch takeBatch() {
        Batch next = new Batch();
        while (cursor < contents.pages() && next.contents.size() < pagesPerBatch) {
            long content = contents.content(cursor++);
            if (content == PageContents.ZERO) {
                next.zero++;
            } else {
                next.contents.add(content);
            }
        }
        while (freshPages > 0 && next.contents.size() < pagesPerBatch) {
            freshPages--;
            next.contents.add(services.freshContent());
        }
        return next;
    }

    /** Asks the coordination service about the batch's chunks; the first asker of a content sends it. */
    private void query() {
        for (long content : batch.contents) {
            if (services.claim(content)) {
                batch.full.add(content);
            } else {
                batch.deduplicated.add(content);
            }
        }
        batch.decided = true;
        long replies = services.coordination().submit(context.now(),
                (long) batch.contents.size() * parameters.chunksPerPage());
        stage = context.simulation().scheduleAt(replies, sim -> send());
    }

    private void send() {
        Batch sending = batch;
        flow = context.network().start(sending.wireBytes(), route, cap, done -> {
            flow = null;
            totalSent += done.sent();
            roundSentBytes += done.sent();
            roundFull += sending.full.size();
            roundDedup += sending.deduplicated.size();
            roundZero += sending.zero;
            outstanding++;
            context.schedule(context.network().latency(route), sim -> arrive(sending));
            nextBatch();
        });
    }

    /** Destination side of a landed batch: register whole pages, fetch or pull the hashed ones. */
    private void arrive(Batch landed) {
        if (cancelled) {
            return;
        }
        long answered = services.index().submit(context.now(),
                (long) (landed.full.size() + landed.deduplicated.size()) * parameters.chunksPerPage());
        for (long content : landed.full) {
            services.register(content, answered);
        }
        List<Long> fetched = new ArrayList<>();
        List<Long> pulled = new ArrayList<>();
        for (long content : landed.deduplicated) {
            (services.isRegistered(content, answered) ? fetched : pulled).add(content);
        }
        roundPulled += pulled.size();
        context.simulation().scheduleAt(answered, sim -> fetchAndPull(fetched, pulled));
    }

    private void fetchAndPull(List<Long> fetched, List<Long> pulled) {
        Join join = new Join(() -> registerReceived(fetched, pulled));
        if (!fetched.isEmpty()) {
            join.expect();
            transfer(fetched.size() * (double) wire.pageSize(), destinationLan, false, join);
        }
        if (!pulled.isEmpty()) {
            join.expect();
            // one round trip for the requests, then the pages come back whole over the WAN
            context.schedule(context.network().roundTrip(route),
                    sim -> transfer(pulled.size() * (double) parameters.fullPageWireBytes(), route, true, join));
        }
        join.ready();
    }

    private void transfer(double bytes, Route over, boolean fromSource, Join join) {
        if (cancelled) {
            return;
        }
        Flow transfer = context.network().start(bytes, over, done -> {
            destinationFlows.remove(done);
            if (fromSource) {
                totalSent += done.sent();
            }
            context.schedule(context.network().latency(over), sim -> join.arrived());
        });
        destinationFlows.add(transfer);
    }

    private void registerReceived(List<Long> fetched, List<Long> pulled) {
        if (cancelled) {
            return;
        }
        long done = services.index().submit(context.now(), (long) (fetched.size() + pulled.size()) * parameters.chunksPerPage());
        for (long content : fetched) {
            services.register(content, done);
        }
        for (long content : pulled) {
            services.register(content, done);
        }
        context.simulation().scheduleAt(done, sim -> {
            outstanding--;
            maybeDelivered();
        });
    }

    private void maybeDelivered() {
        if (cancelled || !finishing || !sourceDone || outstanding > 0 || delivered == null) {
            return;
        }
        Runnable once = delivered;
        delivered = null;
        once.run();
    }

    /** Pages of one batch and what the coordination service decided about them. */
    private final class Batch {
        final List<Long> contents = new ArrayList<>();
        final List<Long> full = new ArrayList<>();
        final List<Long> deduplicated = new ArrayList<>();
        long zero;
        boolean decided;

        double wireBytes() {
            return zero * (double) wire.zeroPageBytes() + full.size() * (double) parameters.fullPageWireBytes()
                    + deduplicated.size() * (double) parameters.dedupPageWireBytes();
        }

        /** Wire bytes, counting undecided pages as whole. */
        double estimate() {
            return decided ? wireBytes()
                    : zero * (double) wire.zeroPageBytes() + contents.size() * (double) parameters.fullPageWireBytes();
        }
    }

    /** Runs an action once every expected arrival has come, and not before {@link #ready()}. */
    private static final class Join {
        private final Runnable action;
        private int expected;
        private boolean ready;

        Join(Runnable action) {
            this.action = action;
        }

        void expect() {
            expected++;
        }

        void arrived() {
            expected--;
            fire();
        }

        void ready() {
            ready = true;
            fire();
        }

        private void fire() {
            if (ready && expected == 0) {
                ready = false;
                action.run();
            }
        }
    }
}
