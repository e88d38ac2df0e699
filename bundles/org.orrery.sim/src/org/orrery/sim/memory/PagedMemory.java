package org.orrery.sim.memory;

import java.util.Objects;
import java.util.Optional;

/**
 * A guest memory whose pages' contents are known: sizes come from the contents, dirtying from
 * another profile of the same size. Used where deduplication matters.
 *
 * @param pages    the content of every page
 * @param dirtying how the running guest dirties memory; its size must match the contents'
 */
public record PagedMemory(PageContents pages, GuestMemory dirtying) implements GuestMemory {

    public PagedMemory {
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(dirtying, "dirtying");
        if (dirtying.bytes() != pages.bytes()) {
            throw new IllegalArgumentException("dirtying profile of " + dirtying.bytes()
                    + " bytes for contents of " + pages.bytes());
        }
    }

    @Override
    public long bytes() {
        return pages.bytes();
    }

    @Override
    public long zeroBytes() {
        return (long) pages.zeroPages() * pages.pageSize();
    }

    @Override
    public long dirtiedBytes(long from, long to, double speed) {
        return Math.min(writableBytes(), dirtying.dirtiedBytes(from, to, speed));
    }

    @Override
    public double dirtyRate(long time) {
        return dirtying.dirtyRate(time);
    }

    @Override
    public Optional<PageContents> contents() {
        return Optional.of(pages);
    }
}
