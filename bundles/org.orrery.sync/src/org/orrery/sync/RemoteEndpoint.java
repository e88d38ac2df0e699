package org.orrery.sync;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * An endpoint on the other side of a {@link Transport}: each call is one request. A failed link
 * becomes a {@link SyncException} saying which step it interrupted; an error the other side
 * reports comes back with its own message.
 */
public final class RemoteEndpoint implements Endpoint {

    private final Transport transport;
    private final String name;

    public RemoteEndpoint(Transport transport) {
        this.transport = transport;
        Wire.In in = call("hello", new Wire.Out(Wire.NAME));
        this.name = in.text();
        in.end();
    }

    public Transport transport() {
        return transport;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ScanResult scan() {
        Wire.In in = call("scan", new Wire.Out(Wire.SCAN));
        ScanResult r = new ScanResult(in.manifest(), in.i64(), in.i64(), in.i64(), in.i64());
        in.end();
        return r;
    }

    @Override
    public List<FileEntry> chunkLists(Collection<String> paths) {
        Wire.Out out = new Wire.Out(Wire.CHUNK_LISTS).i32(paths.size());
        paths.forEach(out::text);
        Wire.In in = call("chunk lists", out);
        List<FileEntry> r = in.entries();
        in.end();
        return r;
    }

    @Override
    public Prepared prepare(Plan plan) {
        Wire.In in = call("prepare", new Wire.Out(Wire.PREPARE).plan(plan));
        Prepared r = new Prepared(in.hashes(), in.i32(), in.i64());
        in.end();
        return r;
    }

    @Override
    public List<Chunk> readChunks(List<Hash> hashes) {
        Wire.In in = call("read chunks", new Wire.Out(Wire.READ_CHUNKS).hashes(hashes));
        List<Chunk> r = in.chunks();
        in.end();
        for (int i = 0; i < r.size(); i++) {
            // What arrived is checked here, where it enters this side, as a receiving tree checks
            // what it is sent: a corrupt chunk never reaches a staging pack.
            Chunk c = r.get(i);
            if (i >= hashes.size() || !c.hash().equals(hashes.get(i))
                    || !Hash.sha256(c.data(), 0, c.data().length).equals(c.hash())) {
                throw new SyncException("chunk " + hashes.get(Math.min(i, hashes.size() - 1)).shortHex()
                        + " arrived corrupt from the " + name + " side: refused, nothing installed");
            }
        }
        if (r.size() != hashes.size()) {
            throw new SyncException("the " + name + " side sent " + r.size() + " chunks, not " + hashes.size());
        }
        return r;
    }

    @Override
    public void putChunks(List<Chunk> chunks) {
        call("chunk transfer", new Wire.Out(Wire.PUT_CHUNKS).chunks(chunks)).end();
    }

    @Override
    public Verified verify() {
        Wire.In in = call("verify", new Wire.Out(Wire.VERIFY));
        Verified r = new Verified(in.i32(), in.i64());
        in.end();
        return r;
    }

    @Override
    public Installed install() {
        Wire.In in = call("install", new Wire.Out(Wire.INSTALL));
        Installed r = new Installed(in.i32(), in.i32(), in.i32());
        in.end();
        return r;
    }

    @Override
    public void abort() {
        call("abort", new Wire.Out(Wire.ABORT)).end();
    }

    @Override
    public void close() {
        transport.close();
    }

    private Wire.In call(String step, Wire.Out request) {
        byte[] answer;
        try {
            answer = transport.call(request.toBytes());
        } catch (IOException e) {
            throw new SyncException("the link to the " + (name == null ? "other" : name) + " side failed during "
                    + step + ": " + e.getMessage(), e);
        }
        Wire.In in = new Wire.In(answer);
        if (in.u8() != Wire.OK) {
            throw new SyncException(in.text());
        }
        return in;
    }
}
