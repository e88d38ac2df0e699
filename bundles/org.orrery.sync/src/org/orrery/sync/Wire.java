package org.orrery.sync;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The sync protocol's encoding: requests and answers are byte arrays built here, so every byte
 * that crosses a {@link Transport} is one this class wrote, and the count of bytes sent is exact.
 * A request is an operation code and its arguments; an answer is a status (0 ok, 1 error with a
 * message) and its result. Decoding never trusts a count or a length: each is bounded, and a
 * message that ends early is reported as truncated.
 */
final class Wire {

    static final byte SCAN = 1;
    static final byte CHUNK_LISTS = 2;
    static final byte PREPARE = 3;
    static final byte READ_CHUNKS = 4;
    static final byte PUT_CHUNKS = 5;
    static final byte VERIFY = 6;
    static final byte INSTALL = 7;
    static final byte ABORT = 8;
    static final byte NAME = 9;

    static final byte OK = 0;
    static final byte ERROR = 1;

    private static final int MAX_COUNT = 50_000_000;
    private static final int MAX_CHUNK = 16 << 20;

    private Wire() {
    }

    /** Writes a message. */
    static final class Out {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        final DataOutputStream data = new DataOutputStream(bytes);

        /** A message starting with {@code first} (a request's operation, an answer's status). */
        Out(byte first) {
            u8(first);
        }

        /** Plain data in the same encoding (a file, not a message). */
        Out() {
        }

        Out u8(int v) {
            try {
                data.writeByte(v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Out i32(int v) {
            try {
                data.writeInt(v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Out i64(long v) {
            try {
                data.writeLong(v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Out text(String s) {
            try {
                data.writeUTF(s.length() > 8000 ? s.substring(0, 8000) : s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Out bytes(byte[] b) {
            bytes.write(b, 0, b.length); // DataOutputStream does not buffer: same stream, no IOException
            return this;
        }

        Out hash(Hash h) {
            byte[] b = new byte[Hash.SIZE];
            h.copyTo(b, 0);
            return bytes(b);
        }

        Out hashes(List<Hash> hs) {
            i32(hs.size());
            hs.forEach(this::hash);
            return this;
        }

        Out params(ChunkParams p) {
            return i32(p.min()).i32(p.avg()).i32(p.max());
        }

        Out entry(FileEntry e) {
            text(e.path()).i64(e.size()).i64(e.mtime()).i32(e.mode()).hash(e.fileHash());
            if (e.chunks() == null) {
                return i32(-1);
            }
            i32(e.chunks().size());
            for (ChunkRef c : e.chunks()) {
                hash(c.hash()).i32(c.length());
            }
            return this;
        }

        Out manifest(TreeManifest m) {
            params(m.params()).i32(m.files().size());
            m.files().values().forEach(this::entry);
            return this;
        }

        Out plan(Plan plan) {
            i32(plan.ops().size());
            for (Plan.Op op : plan.ops()) {
                switch (op) {
                    case Plan.Write w -> u8(1).entry(w.entry());
                    case Plan.Delete d -> u8(2).text(d.path());
                    case Plan.Move m -> u8(3).text(m.from()).text(m.to());
                }
            }
            return this;
        }

        Out chunks(List<Endpoint.Chunk> chunks) {
            i32(chunks.size());
            for (Endpoint.Chunk c : chunks) {
                hash(c.hash()).i32(c.data().length).bytes(c.data());
            }
            return this;
        }

        Out entries(List<FileEntry> entries) {
            i32(entries.size());
            entries.forEach(this::entry);
            return this;
        }

        byte[] toBytes() {
            return bytes.toByteArray();
        }
    }

    /** Reads a message; every problem becomes a {@link SyncException} naming what was being read. */
    static final class In {
        private final DataInputStream data;

        In(byte[] message) {
            this.data = new DataInputStream(new ByteArrayInputStream(message));
        }

        int u8() {
            try {
                return data.readUnsignedByte();
            } catch (IOException e) {
                throw problem(e);
            }
        }

        int i32() {
            try {
                return data.readInt();
            } catch (IOException e) {
                throw problem(e);
            }
        }

        long i64() {
            try {
                return data.readLong();
            } catch (IOException e) {
                throw problem(e);
            }
        }

        String text() {
            try {
                return data.readUTF();
            } catch (IOException e) {
                throw problem(e);
            }
        }

        byte[] bytes(int n) {
            byte[] b = new byte[n];
            try {
                data.readFully(b);
            } catch (IOException e) {
                throw problem(e);
            }
            return b;
        }

        int count(int max) {
            int n = i32();
            if (n < 0 || n > max) {
                throw new SyncException("malformed sync message: count " + n + " out of range");
            }
            return n;
        }

        Hash hash() {
            return Hash.wrap(bytes(Hash.SIZE));
        }

        List<Hash> hashes() {
            int n = count(MAX_COUNT);
            List<Hash> out = new ArrayList<>(Math.min(n, 1 << 16));
            for (int i = 0; i < n; i++) {
                out.add(hash());
            }
            return out;
        }

        ChunkParams params() {
            try {
                return new ChunkParams(i32(), i32(), i32());
            } catch (IllegalArgumentException e) {
                throw new SyncException("malformed sync message: " + e.getMessage());
            }
        }

        FileEntry entry() {
            String path = TreePaths.check(text());
            long size = i64();
            long mtime = i64();
            int mode = i32();
            Hash fileHash = hash();
            int n = i32();
            List<ChunkRef> chunks = null;
            if (n != -1) {
                if (n < 0 || n > MAX_COUNT) {
                    throw new SyncException("malformed sync message: " + n + " chunks in " + path);
                }
                chunks = new ArrayList<>(Math.min(n, 1 << 16));
                for (int i = 0; i < n; i++) {
                    Hash h = hash();
                    int len = i32();
                    if (len <= 0 || len > MAX_CHUNK) {
                        throw new SyncException("malformed sync message: chunk of " + len + " bytes in " + path);
                    }
                    chunks.add(new ChunkRef(h, len));
                }
            }
            try {
                return new FileEntry(path, size, mtime, mode, fileHash, chunks);
            } catch (IllegalArgumentException e) {
                throw new SyncException("malformed sync message: " + e.getMessage());
            }
        }

        TreeManifest manifest() {
            ChunkParams p = params();
            int n = count(MAX_COUNT);
            TreeMap<String, FileEntry> files = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                FileEntry e = entry();
                files.put(e.path(), e);
            }
            return new TreeManifest(p, files);
        }

        Plan plan() {
            int n = count(MAX_COUNT);
            List<Plan.Op> ops = new ArrayList<>(Math.min(n, 1 << 16));
            for (int i = 0; i < n; i++) {
                int type = u8();
                ops.add(switch (type) {
                    case 1 -> new Plan.Write(entry());
                    case 2 -> new Plan.Delete(TreePaths.check(text()));
                    case 3 -> new Plan.Move(TreePaths.check(text()), TreePaths.check(text()));
                    default -> throw new SyncException("malformed sync message: operation type " + type);
                });
            }
            return new Plan(ops);
        }

        List<Endpoint.Chunk> chunks() {
            int n = count(MAX_COUNT);
            List<Endpoint.Chunk> out = new ArrayList<>(Math.min(n, 1 << 12));
            for (int i = 0; i < n; i++) {
                Hash h = hash();
                int len = i32();
                if (len <= 0 || len > MAX_CHUNK) {
                    throw new SyncException("malformed sync message: chunk " + h.shortHex() + " of " + len + " bytes");
                }
                out.add(new Endpoint.Chunk(h, bytes(len)));
            }
            return out;
        }

        List<FileEntry> entries() {
            int n = count(MAX_COUNT);
            List<FileEntry> out = new ArrayList<>(Math.min(n, 1 << 16));
            for (int i = 0; i < n; i++) {
                out.add(entry());
            }
            return out;
        }

        /** Fails unless the whole message was read (trailing bytes mean a framing error). */
        void end() {
            try {
                if (data.available() > 0) {
                    throw new SyncException("malformed sync message: " + data.available() + " bytes left over");
                }
            } catch (IOException e) {
                throw problem(e);
            }
        }

        private static SyncException problem(IOException e) {
            if (e instanceof EOFException) {
                return new SyncException("truncated sync message: it ends before its declared content");
            }
            return new SyncException("unreadable sync message: " + e, e);
        }
    }
}
