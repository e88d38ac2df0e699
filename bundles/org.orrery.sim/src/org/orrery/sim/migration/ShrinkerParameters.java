package org.orrery.sim.migration;

import java.util.Objects;

import org.orrery.sim.param.Describes;
import org.orrery.sim.param.Parameter;

/**
 * Parameters of Shrinker (riteau.md): deduplicated WAN live migration on top of KVM pre-copy.
 *
 * @param qemu             the pre-copy underneath (round control and page encoding)
 * @param chunkSize        deduplication unit, bytes (a divisor of the page size)
 * @param hashBytes        bytes of a chunk's hash on the wire
 * @param addressBytes     bytes of a chunk's address on the wire
 * @param hashRate         rate at which a source host hashes memory, bytes per second
 * @param pipelineDepth    requests sent to a service before waiting for their replies
 * @param serviceRoundTrip round-trip time to the coordination and indexing services, nanoseconds
 * @param serviceTime      time a service takes per request, nanoseconds
 */
@Describes
public record ShrinkerParameters(
        QemuParameters qemu,
        @Parameter(value = "deduplication unit", unit = "B", source = "riteau.md: 512-4096; calibration at 4096")
        int chunkSize,
        @Parameter(value = "bytes of a chunk's hash on the wire", unit = "B", source = "riteau.md: SHA-1, 20 bytes")
        int hashBytes,
        @Parameter(value = "bytes of a chunk's address on the wire", unit = "B", source = "riteau.md: 8 bytes")
        int addressBytes,
        @Parameter(value = "rate at which a source host hashes memory (SHA-1, one core)", unit = "B/s",
                source = "riteau.md gives the CPU (Xeon L5420, 2.5 GHz), not the rate", assumption = true)
        double hashRate,
        @Parameter(value = "requests in flight to a service before waiting for replies (pipelining)",
                unit = "requests", source = "riteau.md: queries are pipelined; depth not given", assumption = true)
        int pipelineDepth,
        @Parameter(value = "round-trip time to the coordination and indexing services", unit = "ns",
                source = "riteau.md: 0.1 ms") long serviceRoundTrip,
        @Parameter(value = "time a service (Redis, single-threaded) takes per request", unit = "ns",
                assumption = true) long serviceTime) {

    public ShrinkerParameters {
        Objects.requireNonNull(qemu, "qemu");
        if (chunkSize <= 0 || qemu.wire().pageSize() % chunkSize != 0) {
            throw new IllegalArgumentException("chunk size must divide the page size: " + chunkSize);
        }
        if (hashBytes <= 0 || addressBytes < 0 || !(hashRate > 0) || pipelineDepth < 1 || serviceRoundTrip < 0
                || serviceTime < 0) {
            throw new IllegalArgumentException("Shrinker parameters out of range");
        }
    }

    /**
     * KVM 0.15 pre-copy ({@link QemuParameters#kvm015()}), 4096-byte chunks, SHA-1 (20 bytes),
     * 8-byte addresses, 0.1 ms to the services (riteau.md); assumed: hashing at 300 MB/s, 256
     * requests in flight, 10 us per request.
     */
    public static ShrinkerParameters defaults() {
        return new ShrinkerParameters(QemuParameters.kvm015(), 4096, 20, 8, 300e6, 256, 100_000L, 10_000L);
    }

    /** These parameters with another chunk size. */
    public ShrinkerParameters withChunkSize(int bytes) {
        return new ShrinkerParameters(qemu, bytes, hashBytes, addressBytes, hashRate, pipelineDepth, serviceRoundTrip, serviceTime);
    }

    /** These parameters over another pre-copy. */
    public ShrinkerParameters withQemu(QemuParameters parameters) {
        return new ShrinkerParameters(parameters, chunkSize, hashBytes, addressBytes, hashRate, pipelineDepth, serviceRoundTrip, serviceTime);
    }

    /** Chunks per page. */
    public int chunksPerPage() {
        return qemu.wire().pageSize() / chunkSize;
    }

    /** Wire bytes of a page sent whole, chunk by chunk with an address each. */
    public long fullPageWireBytes() {
        return qemu.wire().pageSize() + (long) chunksPerPage() * addressBytes;
    }

    /** Wire bytes of a page sent as references: a hash and an address per chunk. */
    public long dedupPageWireBytes() {
        return (long) chunksPerPage() * (hashBytes + addressBytes);
    }
}
