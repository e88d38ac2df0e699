package org.orrery.sim.memory;

import org.orrery.sim.param.Describes;
import org.orrery.sim.param.Parameter;

/**
 * What a guest's pages contain, in counts: the input {@link PageContents#generate} lays out.
 * Non-zero pages are of three kinds: shared (the same content in every VM of a cluster, e.g. the
 * same OS image), intra-VM duplicates (copies of another page of the same VM), and unique.
 *
 * @param pages               all pages of the guest
 * @param pageSize            page size, bytes
 * @param nonZeroPages        pages ever written
 * @param intraDuplicatePages non-zero pages duplicating another page of the same VM
 * @param sharedPages         non-zero pages whose content every VM of the cluster also has
 */
@Describes
public record ContentMix(
        @Parameter(value = "pages of the guest", unit = "pages") int pages,
        @Parameter(value = "page size", unit = "B") int pageSize,
        @Parameter(value = "pages ever written", unit = "pages", source = "riteau.md calibration") int nonZeroPages,
        @Parameter(value = "pages duplicating another page of the same VM", unit = "pages",
                source = "riteau.md calibration") int intraDuplicatePages,
        @Parameter(value = "pages whose content every VM of the cluster has", unit = "pages",
                source = "derived from riteau.md's 52.7 MB per VM at 16 VMs") int sharedPages) {

    /** Bytes per MB in riteau.md's figures: decimal, since 20,000 pages of 4 KiB are "~80 MB" (81.9). */
    public static final double MB = 1e6;

    public ContentMix {
        if (pages <= 0 || pageSize <= 0) {
            throw new IllegalArgumentException("pages and page size must be positive");
        }
        if (nonZeroPages < 0 || nonZeroPages > pages) {
            throw new IllegalArgumentException("non-zero pages must be within [0, " + pages + "]: " + nonZeroPages);
        }
        if (intraDuplicatePages < 0 || sharedPages < 0 || intraDuplicatePages + sharedPages > nonZeroPages) {
            throw new IllegalArgumentException("duplicate and shared pages must fit in the non-zero pages");
        }
        if (intraDuplicatePages > 0 && uniqueCount(nonZeroPages, intraDuplicatePages, sharedPages) == 0) {
            throw new IllegalArgumentException("intra-VM duplicates need at least one unique page to copy");
        }
    }

    /**
     * An idle 1 GiB VM of Shrinker's experiments (riteau.md calibration): 4 KiB pages, about
     * 20,000 written, about 600 duplicated within the VM, and the shared part fitted so that 16
     * such VMs deduplicate about 52.7 MB each: with dedup(N) = N d_intra + (N-1) S_shared,
     * S_shared = (16 x 52.7 MB - 16 x 600 pages) / 15 = 13,084 pages.
     */
    public static ContentMix riteauIdleVm() {
        int pageSize = 4096;
        int intra = 600;
        int vms = 16;
        double dedupPagesPerVm = 52.7 * MB / pageSize;
        int shared = (int) Math.round((vms * dedupPagesPerVm - vms * intra) / (vms - 1));
        return new ContentMix((int) ((1L << 30) / pageSize), pageSize, 20_000, intra, shared);
    }

    /** Non-zero pages that are neither shared nor duplicates. */
    public int uniquePages() {
        return uniqueCount(nonZeroPages, intraDuplicatePages, sharedPages);
    }

    /** Memory size, bytes. */
    public long bytes() {
        return (long) pages * pageSize;
    }

    private static int uniqueCount(int nonZero, int intra, int shared) {
        return nonZero - intra - shared;
    }
}
