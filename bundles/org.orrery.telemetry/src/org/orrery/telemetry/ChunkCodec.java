package org.orrery.telemetry;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The binary layout of spilled chunks. Private to one process (a spill file never outlives its
 * store), so it favours compactness and speed over stability: times and indices as
 * zig-zag variable-length deltas, strings through a table local to the chunk so that a chunk
 * decodes on its own.
 * <p>
 * Attribute values keep their Java type for {@link Long}, {@link Double}, {@link Integer},
 * {@link Float}, {@link Boolean} and {@link String}; anything else comes back as its
 * {@code toString()}, as it would from the trace file. Event times are relative to the chunk's
 * first, not to the previous event, so that one event decodes without the ones before it.
 */
final class ChunkCodec {

    private static final byte LONG = 1;
    private static final byte DOUBLE = 2;
    private static final byte STRING = 3;
    private static final byte BOOLEAN = 4;
    private static final byte INTEGER = 5;
    private static final byte FLOAT = 6;
    private static final EventKind[] KINDS = EventKind.values();

    private ChunkCodec() {
    }

    /**
     * The part of an encoded event chunk before its events: the string table, the time the
     * event times are relative to, and where each event's bytes start (relative to the end of the
     * header), so that one event can be read without the others.
     *
     * @param length bytes of the header in the encoded chunk
     */
    record EventHeader(String[] strings, long baseTime, int[] offsets, int bodyLength, int length) {

        /** Bytes of event {@code i}: from {@code offsets[i]} to this, relative to the header's end. */
        int end(int i) {
            return i + 1 < offsets.length ? offsets[i + 1] : bodyLength;
        }
    }

    /**
     * Encodes {@code count} events: header (strings, base time, count, one 4-byte offset per
     * event, body length), then the events, each on its own so it can be decoded alone.
     */
    static ByteBuffer encodeEvents(TelemetryEvent[] events, int count) {
        Output body = new Output(count * 24);
        Map<String, Integer> table = new HashMap<>();
        List<String> strings = new ArrayList<>();
        int[] offsets = new int[count];
        long base = count == 0 ? 0 : events[0].time();
        for (int i = 0; i < count; i++) {
            TelemetryEvent e = events[i];
            offsets[i] = body.position;
            body.varLong(e.time() - base);
            body.varInt(e.kind().ordinal());
            body.varInt(intern(e.subject(), table, strings));
            body.varInt(e.attributes().size());
            for (Map.Entry<String, Object> a : e.attributes().entrySet()) {
                body.varInt(intern(a.getKey(), table, strings));
                Object v = a.getValue();
                if (v instanceof Long l) {
                    body.put(LONG).varLong(l);
                } else if (v instanceof Double d) {
                    body.put(DOUBLE).putDouble(d);
                } else if (v instanceof Integer n) {
                    body.put(INTEGER).varLong(n);
                } else if (v instanceof Float f) {
                    body.put(FLOAT).putDouble(f);
                } else if (v instanceof Boolean b) {
                    body.put(BOOLEAN).put((byte) (b ? 1 : 0));
                } else {
                    body.put(STRING).varInt(intern(v.toString(), table, strings));
                }
            }
        }
        Output out = new Output(body.position + strings.size() * 16 + count * 4 + 32);
        out.varInt(strings.size());
        for (String s : strings) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.varInt(utf8.length).put(utf8);
        }
        out.varLong(base).varInt(count);
        for (int offset : offsets) {
            out.putInt(offset);
        }
        out.putInt(body.position);
        out.put(body.bytes, body.position);
        return out.finish();
    }

    /** Reads the header at the start of {@code in}; leaves {@code in} at the first event. */
    static EventHeader decodeEventHeader(ByteBuffer in) {
        int start = in.position();
        String[] strings = new String[varInt(in)];
        for (int i = 0; i < strings.length; i++) {
            byte[] utf8 = new byte[varInt(in)];
            in.get(utf8);
            strings[i] = new String(utf8, StandardCharsets.UTF_8);
        }
        long base = varLong(in);
        int[] offsets = new int[varInt(in)];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = in.getInt();
        }
        int bodyLength = in.getInt();
        return new EventHeader(strings, base, offsets, bodyLength, in.position() - start);
    }

    /** Decodes a whole encoded chunk. */
    static TelemetryEvent[] decodeEvents(ByteBuffer in) {
        EventHeader header = decodeEventHeader(in);
        TelemetryEvent[] events = new TelemetryEvent[header.offsets().length];
        for (int i = 0; i < events.length; i++) {
            events[i] = decodeEvent(header, in);
        }
        return events;
    }

    /** Decodes the event that starts at {@code in}'s position. */
    static TelemetryEvent decodeEvent(EventHeader header, ByteBuffer in) {
        String[] strings = header.strings();
        long time = header.baseTime() + varLong(in);
        EventKind kind = KINDS[varInt(in)];
        String subject = strings[varInt(in)];
        int n = varInt(in);
        Map<String, Object> attributes = n == 0 ? Map.of() : new LinkedHashMap<>(n * 2);
        for (int a = 0; a < n; a++) {
            String key = strings[varInt(in)];
            byte tag = in.get();
            attributes.put(key, switch (tag) {
                case LONG -> varLong(in);
                case DOUBLE -> in.getDouble();
                case INTEGER -> (int) varLong(in);
                case FLOAT -> (float) in.getDouble();
                case BOOLEAN -> in.get() != 0;
                case STRING -> strings[varInt(in)];
                default -> throw new IllegalStateException("corrupt spill chunk: value tag " + tag);
            });
        }
        return new TelemetryEvent(time, kind, subject, attributes);
    }

    /** Encodes {@code count} points of a series chunk: times, event indices, one column per attribute. */
    static ByteBuffer encodeColumns(SeriesColumns columns, int count) {
        Output out = new Output(count * 12 + 16);
        out.varInt(count);
        long previousTime = 0;
        long previousIndex = 0;
        for (int i = 0; i < count; i++) {
            out.varLong(columns.times[i] - previousTime);
            previousTime = columns.times[i];
            out.varLong(columns.eventIndex[i] - previousIndex);
            previousIndex = columns.eventIndex[i];
        }
        out.varInt(columns.values.length);
        for (double[] column : columns.values) {
            out.put((byte) (column == null ? 0 : 1));
            if (column != null) {
                for (int i = 0; i < count; i++) {
                    out.putDouble(column[i]);
                }
            }
        }
        return out.finish();
    }

    static SeriesColumns decodeColumns(ByteBuffer in) {
        int count = varInt(in);
        long[] times = new long[count];
        int[] eventIndex = new int[count];
        long time = 0;
        long index = 0;
        for (int i = 0; i < count; i++) {
            time += varLong(in);
            times[i] = time;
            index += varLong(in);
            eventIndex[i] = (int) index;
        }
        double[][] values = new double[varInt(in)][];
        for (int c = 0; c < values.length; c++) {
            if (in.get() != 0) {
                values[c] = new double[count];
                for (int i = 0; i < count; i++) {
                    values[c][i] = in.getDouble();
                }
            }
        }
        return new SeriesColumns(times, eventIndex, values);
    }

    private static int intern(String s, Map<String, Integer> table, List<String> strings) {
        Integer index = table.get(s);
        if (index == null) {
            index = strings.size();
            table.put(s, index);
            strings.add(s);
        }
        return index;
    }

    private static int varInt(ByteBuffer in) {
        return (int) varLong(in);
    }

    /** Zig-zag LEB128: small magnitudes of either sign take few bytes. */
    private static long varLong(ByteBuffer in) {
        long raw = 0;
        int shift = 0;
        while (true) {
            byte b = in.get();
            raw |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return (raw >>> 1) ^ -(raw & 1);
            }
            shift += 7;
        }
    }

    /** A growable byte array with the writes the layouts need. */
    private static final class Output {
        private byte[] bytes;
        private int position;

        Output(int capacity) {
            bytes = new byte[Math.max(64, capacity)];
        }

        Output put(byte b) {
            ensure(1);
            bytes[position++] = b;
            return this;
        }

        Output put(byte[] b) {
            return put(b, b.length);
        }

        Output put(byte[] b, int length) {
            ensure(length);
            System.arraycopy(b, 0, bytes, position, length);
            position += length;
            return this;
        }

        Output putInt(int v) {
            ensure(4);
            for (int i = 3; i >= 0; i--) {
                bytes[position++] = (byte) (v >>> (8 * i));
            }
            return this;
        }

        Output putDouble(double d) {
            long bits = Double.doubleToRawLongBits(d);
            ensure(8);
            for (int i = 7; i >= 0; i--) {
                bytes[position++] = (byte) (bits >>> (8 * i));
            }
            return this;
        }

        Output varInt(int v) {
            return varLong(v);
        }

        Output varLong(long v) {
            long zigzag = (v << 1) ^ (v >> 63);
            ensure(10);
            while ((zigzag & ~0x7FL) != 0) {
                bytes[position++] = (byte) ((zigzag & 0x7F) | 0x80);
                zigzag >>>= 7;
            }
            bytes[position++] = (byte) zigzag;
            return this;
        }

        ByteBuffer finish() {
            return ByteBuffer.wrap(bytes, 0, position);
        }

        private void ensure(int more) {
            if (position + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, position + more));
            }
        }
    }
}
