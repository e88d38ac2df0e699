package org.orrery.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The receiver's journal of chunks that arrived and were verified but are not installed yet: what
 * makes a sync resumable. One append-only file of records {@code [magic][hash][length][data]};
 * each record is written with one call after its hash was checked, so a killed process leaves at
 * most a torn last record. Opening the pack reads it back, checks every record's hash again and
 * cuts the file at the first torn or corrupt one: what is in the index is always whole and right,
 * and the next sync asks only for what is not.
 * <p>
 * Durable against a killed process (the data is in the page cache); after a power loss records
 * the disk did not keep fail their hash on opening and are sent again. Emptied once the files
 * that needed its chunks are installed.
 */
final class StagingPack implements AutoCloseable {

    private static final int MAGIC = 0x4f534331; // "OSC1"
    private static final int HEADER = 4 + Hash.SIZE + 4;

    private record Slot(long offset, int length) {
    }

    private final Path file;
    private final FileChannel channel;
    private final Map<Hash, Slot> index = new HashMap<>();
    private long end;
    private long droppedBytes;

    StagingPack(Path file, int maxChunk) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        recover(maxChunk);
    }

    private void recover(int maxChunk) throws IOException {
        long size = channel.size();
        long pos = 0;
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        byte[] data = new byte[maxChunk];
        while (pos + HEADER <= size) {
            header.clear();
            readFully(header, pos);
            header.flip();
            int magic = header.getInt();
            byte[] h = new byte[Hash.SIZE];
            header.get(h);
            int length = header.getInt();
            if (magic != MAGIC || length <= 0 || length > maxChunk || pos + HEADER + length > size) {
                break;
            }
            ByteBuffer body = ByteBuffer.wrap(data, 0, length);
            readFully(body, pos + HEADER);
            Hash hash = Hash.wrap(h);
            if (!Hash.sha256(data, 0, length).equals(hash)) {
                break;
            }
            index.put(hash, new Slot(pos + HEADER, length));
            pos += HEADER + length;
        }
        droppedBytes = size - pos;
        if (droppedBytes > 0) {
            channel.truncate(pos);
        }
        end = pos;
    }

    /** Bytes cut off the end when the pack was opened (a torn or corrupt record). */
    long droppedBytes() {
        return droppedBytes;
    }

    boolean contains(Hash hash) {
        return index.containsKey(hash);
    }

    int chunks() {
        return index.size();
    }

    /** Appends a chunk whose hash the caller has checked. */
    void append(Hash hash, byte[] data, int offset, int length) throws IOException {
        if (index.containsKey(hash)) {
            return;
        }
        ByteBuffer record = ByteBuffer.allocate(HEADER + length);
        record.putInt(MAGIC);
        byte[] h = new byte[Hash.SIZE];
        hash.copyTo(h, 0);
        record.put(h).putInt(length).put(data, offset, length).flip();
        long at = end;
        while (record.hasRemaining()) {
            at += channel.write(record, at);
        }
        index.put(hash, new Slot(end + HEADER, length));
        end = at;
    }

    /**
     * The chunk's bytes into {@code target} (from 0); returns its length, or -1 if not staged.
     * Safe from several threads at once while nothing is appended (positional reads).
     */
    int read(Hash hash, byte[] target) throws IOException {
        Slot slot = index.get(hash);
        if (slot == null) {
            return -1;
        }
        readFully(ByteBuffer.wrap(target, 0, slot.length()), slot.offset());
        return slot.length();
    }

    /** Forgets every chunk (after an install used them). */
    void clear() throws IOException {
        channel.truncate(0);
        index.clear();
        end = 0;
    }

    private void readFully(ByteBuffer buf, long pos) throws IOException {
        while (buf.hasRemaining()) {
            int n = channel.read(buf, pos);
            if (n < 0) {
                throw new IOException("staging pack " + file + " ends early");
            }
            pos += n;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

}
