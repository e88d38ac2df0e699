package org.orrery.sim.memory;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The content of every page of one guest, as content ids: two pages with the same id hold the
 * same bytes, id {@link #ZERO} is a page never written. Deduplication (Shrinker) works on these.
 * <p>
 * Ids: shared content {@code k} (the same in every VM) is {@code k}; content unique to a VM is
 * {@code namespace << 32 | k}, with a namespace per VM, so VMs only ever share what was meant to be
 * shared.
 */
public final class PageContents {

    /** Content id of a page never written. */
    public static final long ZERO = 0;

    private final long[] content;
    private final int pageSize;
    private final int zeroPages;

    private PageContents(long[] content, int pageSize) {
        this.content = content;
        this.pageSize = pageSize;
        int zeros = 0;
        for (long c : content) {
            if (c == ZERO) {
                zeros++;
            }
        }
        this.zeroPages = zeros;
    }

    /**
     * Lays out {@code mix} at random positions: shared, unique and duplicate content on
     * {@code mix.nonZeroPages()} pages drawn from {@code random}, zero pages elsewhere. Assumption:
     * separately booted guests place even identical content at unrelated addresses.
     *
     * @param namespace id of this VM's unique content, at least 1 and below 2^31
     */
    public static PageContents generate(ContentMix mix, int namespace, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        if (namespace < 1) {
            throw new IllegalArgumentException("namespace must be at least 1: " + namespace);
        }
        long base = (long) namespace << 32;
        long[] values = new long[mix.nonZeroPages()];
        int n = 0;
        for (int k = 1; k <= mix.sharedPages(); k++) {
            values[n++] = k;
        }
        int unique = mix.uniquePages();
        for (int k = 1; k <= unique; k++) {
            values[n++] = base | k;
        }
        for (int d = 0; d < mix.intraDuplicatePages(); d++) {
            values[n++] = base | (1 + random.nextInt(unique));
        }
        int[] positions = new int[mix.pages()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        long[] content = new long[mix.pages()];
        for (int i = 0; i < values.length; i++) {
            int j = i + random.nextInt(positions.length - i);
            int chosen = positions[j];
            positions[j] = positions[i];
            positions[i] = chosen;
            content[chosen] = values[i];
        }
        return new PageContents(content, mix.pageSize());
    }

    /** Number of pages. */
    public int pages() {
        return content.length;
    }

    /** Page size, bytes. */
    public int pageSize() {
        return pageSize;
    }

    /** Memory size, bytes. */
    public long bytes() {
        return (long) content.length * pageSize;
    }

    /** Pages never written. */
    public int zeroPages() {
        return zeroPages;
    }

    /** Content id of page {@code page}. */
    public long content(int page) {
        return content[page];
    }
}
