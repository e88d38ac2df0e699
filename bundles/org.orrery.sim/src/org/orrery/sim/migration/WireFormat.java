package org.orrery.sim.migration;

import org.orrery.sim.memory.GuestMemory;
import org.orrery.sim.param.Describes;
import org.orrery.sim.param.Parameter;

/**
 * How pages are encoded on the wire.
 *
 * @param pageSize        page size, bytes
 * @param pageHeaderBytes bytes added to each page sent whole (its address and flags)
 * @param zeroPageBytes   bytes a zero page costs in all (a marker and its address)
 */
@Describes
public record WireFormat(
        @Parameter(value = "page size", unit = "B") int pageSize,
        @Parameter(value = "bytes added to each page sent whole", unit = "B") int pageHeaderBytes,
        @Parameter(value = "bytes a zero page costs on the wire", unit = "B") int zeroPageBytes) {

    /** Every page whole and nothing else: the plain "size over bandwidth" of stop-and-copy. */
    public static final WireFormat RAW = new WireFormat(4096, 0, 4096);
    /**
     * QEMU as observed (qemu-precopy.md): a zero page costs about 10 bytes. Assumption: the 8-byte
     * header of a whole page (0.2% of it) is left out, so a round of non-zero memory costs its size.
     */
    public static final WireFormat QEMU = new WireFormat(4096, 0, 10);
    /** KVM 0.15 as riteau.md gives it: a page is its content plus an 8-byte address, a zero page ~1 byte plus it. */
    public static final WireFormat KVM_0_15 = new WireFormat(4096, 8, 9);
    /** Xen 3.x. Assumption: every page travels whole (no zero-page markers), framing left out. */
    public static final WireFormat XEN = new WireFormat(4096, 0, 4096);

    public WireFormat {
        if (pageSize <= 0 || pageHeaderBytes < 0 || zeroPageBytes < 0) {
            throw new IllegalArgumentException("page size must be positive, header and zero-page bytes not negative");
        }
    }

    /** Bytes of one page sent whole. */
    public long fullPageBytes() {
        return (long) pageSize + pageHeaderBytes;
    }

    /** Pages of {@code memory}, rounding a partial page up. */
    public long pages(GuestMemory memory) {
        return pagesOf(memory.bytes());
    }

    /** Pages covering {@code bytes}, rounding a partial page up. */
    public long pagesOf(long bytes) {
        return (bytes + pageSize - 1) / pageSize;
    }

    /** Zero pages of {@code memory} (whole pages only). */
    public long zeroPages(GuestMemory memory) {
        return memory.zeroBytes() / pageSize;
    }

    /** Wire bytes of a first round over all of {@code memory}: its used pages whole, its zero pages as markers. */
    public double firstRoundBytes(GuestMemory memory) {
        long zero = zeroPages(memory);
        return (double) (pages(memory) - zero) * fullPageBytes() + (double) zero * zeroPageBytes;
    }

    /** Wire bytes of {@code pages} pages sent whole. */
    public double wholePagesBytes(long pages) {
        return (double) pages * fullPageBytes();
    }
}
