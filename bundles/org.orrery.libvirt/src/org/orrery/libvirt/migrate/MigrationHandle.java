package org.orrery.libvirt.migrate;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.orrery.libvirt.JobProgress;

/** A live migration in progress: its latest statistics, a way to cancel it, and its outcome. */
public final class MigrationHandle {

    private final String domain;
    private final String source;
    private final String destination;
    private final String sourceName;
    private final String destinationName;
    private final CompletableFuture<MigrationOutcome> outcome = new CompletableFuture<>();
    private volatile JobProgress latest;
    private volatile Runnable canceller = () -> {
    };
    private volatile boolean cancelRequested;

    MigrationHandle(String domain, String source, String destination, String sourceName, String destinationName) {
        this.domain = domain;
        this.source = source;
        this.destination = destination;
        this.sourceName = sourceName;
        this.destinationName = destinationName;
    }

    /** The domain migrating. */
    public String domain() {
        return domain;
    }

    /** URI of the host it leaves. */
    public String source() {
        return source;
    }

    /** URI of the host it goes to. */
    public String destination() {
        return destination;
    }

    /** What the user calls the source host (its model name, else its URI). */
    public String sourceName() {
        return sourceName;
    }

    /** What the user calls the destination host (its model name, else its URI). */
    public String destinationName() {
        return destinationName;
    }

    /** The latest job statistics read, if any yet. */
    public Optional<JobProgress> latest() {
        return Optional.ofNullable(latest);
    }

    /** Asks libvirt to cancel the migration; the VM goes on running on the source. */
    public void cancel() {
        cancelRequested = true;
        canceller.run();
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelRequested() {
        return cancelRequested;
    }

    /** Whether it has ended. */
    public boolean isDone() {
        return outcome.isDone();
    }

    /** The outcome, completed when the migration ends (never exceptionally). */
    public CompletableFuture<MigrationOutcome> outcome() {
        return outcome;
    }

    /** Waits for the outcome. */
    public MigrationOutcome await(long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
        try {
            return outcome.get(timeout, unit);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a migration's outcome never fails", e);
        }
    }

    void progressed(JobProgress progress) {
        latest = progress;
    }

    void cancelWith(Runnable how) {
        canceller = how;
        if (cancelRequested) {
            how.run();
        }
    }

    void finish(MigrationOutcome result) {
        outcome.complete(result);
    }
}
