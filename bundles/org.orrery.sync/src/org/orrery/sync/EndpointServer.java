package org.orrery.sync;

import java.util.ArrayList;
import java.util.List;

/**
 * The far end of a {@link Transport}: decodes a request, runs it on an {@link Endpoint} (a local
 * tree), encodes the answer. Anything the endpoint refuses, and anything malformed, goes back as an
 * error message for the caller; nothing here trusts the request.
 */
public final class EndpointServer implements AutoCloseable {

    private final Endpoint endpoint;

    public EndpointServer(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** The answer to one request (never throws: failures are error answers). */
    public byte[] handle(byte[] request) {
        try {
            return dispatch(request);
        } catch (SyncException e) {
            return new Wire.Out(Wire.ERROR).text(e.getMessage()).toBytes();
        } catch (RuntimeException e) {
            return new Wire.Out(Wire.ERROR).text("the " + endpoint.name() + " side failed: " + e).toBytes();
        }
    }

    private byte[] dispatch(byte[] request) {
        Wire.In in = new Wire.In(request);
        int op = in.u8();
        Wire.Out out = new Wire.Out(Wire.OK);
        switch (op) {
            case Wire.NAME -> {
                in.end();
                out.text(endpoint.name());
            }
            case Wire.SCAN -> {
                in.end();
                Endpoint.ScanResult r = endpoint.scan();
                out.manifest(r.summary()).i64(r.bytes()).i64(r.bytesRead()).i64(r.chunks()).i64(r.nanos());
            }
            case Wire.CHUNK_LISTS -> {
                int n = in.count(50_000_000);
                List<String> paths = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    paths.add(TreePaths.check(in.text()));
                }
                in.end();
                out.entries(endpoint.chunkLists(paths));
            }
            case Wire.PREPARE -> {
                Plan plan = in.plan();
                in.end();
                Endpoint.Prepared p = endpoint.prepare(plan);
                out.hashes(p.missing()).i32(p.chunksInPlan()).i64(p.stagedBefore());
            }
            case Wire.READ_CHUNKS -> {
                List<Hash> hashes = in.hashes();
                in.end();
                out.chunks(endpoint.readChunks(hashes));
            }
            case Wire.PUT_CHUNKS -> {
                List<Endpoint.Chunk> chunks = in.chunks();
                in.end();
                endpoint.putChunks(chunks);
            }
            case Wire.VERIFY -> {
                in.end();
                Endpoint.Verified v = endpoint.verify();
                out.i32(v.files()).i64(v.bytes());
            }
            case Wire.INSTALL -> {
                in.end();
                Endpoint.Installed r = endpoint.install();
                out.i32(r.written()).i32(r.moved()).i32(r.deleted());
            }
            case Wire.ABORT -> {
                in.end();
                endpoint.abort();
            }
            default -> throw new SyncException("unknown sync request " + op);
        }
        return out.toBytes();
    }

    @Override
    public void close() {
        endpoint.close();
    }
}
