package org.orrery.telemetry;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The binary layout of spilled chunks. Private to one process (a spill file never outlives its
 * store), so it favours compactness and speed over stability: whole numbers as zig-zag
 * variable-length integers, series times and indices as deltas.
 * <p>
 * Attribute values keep their Java type for {@link Long}, {@link Double}, {@link Integer},
 * {@link Float}, {@link Boolean} and {@link String}; anything else comes back as its
 * {@code toString()}, as it would from the trace file. Event times are relative to the chunk's
 * first, not to the previous event, and names are the store's ({@link Names}), so that one event
 * decodes without the others.
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
     * Where the parts of an encoded event chunk are, so that one event can be read without the
     * others: one 4-byte offset per event from byte 0, then the events from {@code bodyPosition}
     * (offsets are relative to it).
     */
    record EventLayout(int bodyPosition, int bodyLength, int count) {

        /** Position of event {@code i}'s offset entry. */
        int offsetPosition(int i) {
            return 4 * i;
        }
    }

    /** An encoded event chunk and its layout. */
    record EncodedEvents(ByteBuffer bytes, EventLayout layout) {
    }

    /**
     * Encodes {@code count} events: one 4-byte offset per event, then the events, each decodable
     * alone: time relative to {@code baseTime}, kind, subject and attribute keys as ids of
     * {@code names}, values tagged by type, text inline.
     */
    static EncodedEvents encodeEvents(TelemetryEvent[] events, int count, long baseTime, Names names) {
        Output body = new Output(count * 32);
        int[] offsets = new int[count];
        for (int i = 0; i < count; i++) {
            TelemetryEvent e = events[i];
            offsets[i] = body.position;
            body.varLong(e.time() - baseTime);
            body.varInt(e.kind().ordinal());
            body.varInt(names.id(e.subject()));
            body.varInt(e.attributes().size());
            for (Map.Entry<String, Object> a : e.attributes().entrySet()) {
                body.varInt(names.id(a.getKey()));
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
                    byte[] utf8 = v.toString().getBytes(StandardCharsets.UTF_8);
                    body.put(STRING).varInt(utf8.length).put(utf8);
                }
            }
        }
        Output out = new Output(body.position + count * 4);
        for (int offset : offsets) {
            out.putInt(offset);
        }
        int bodyPosition = out.position;
        out.put(body.bytes, body.position);
        return new EncodedEvents(out.finish(), new EventLayout(bodyPosition, body.position, count));
    }

    /** Decodes a whole encoded chunk. */
    static TelemetryEvent[] decodeEvents(ByteBuffer in, EventLayout layout, long baseTime, Names names) {
        TelemetryEvent[] events = new TelemetryEvent[layout.count()];
        in.position(in.position() + layout.bodyPosition());
        for (int i = 0; i < events.length; i++) {
            events[i] = decodeEvent(in, baseTime, names);
        }
        return events;
    }

    /** Decodes the event that starts at {@code in}'s position. */
    static TelemetryEvent decodeEvent(ByteBuffer in, long baseTime, Names names) {
        long time = baseTime + varLong(in);
        EventKind kind = KINDS[varInt(in)];
        String subject = names.name(varInt(in));
        int n = varInt(in);
        Map<String, Object> attributes = n == 0 ? Map.of() : new LinkedHashMap<>(n * 2);
        for (int a = 0; a < n; a++) {
            String key = names.name(varInt(in));
            byte tag = in.get();
            attributes.put(key, switch (tag) {
                case LONG -> varLong(in);
                case DOUBLE -> in.getDouble();
                case INTEGER -> (int) varLong(in);
                case FLOAT -> (float) in.getDouble();
                case BOOLEAN -> in.get() != 0;
                case STRING -> {
                    byte[] utf8 = new byte[varInt(in)];
                    in.get(utf8);
                    yield new String(utf8, StandardCharsets.UTF_8);
                }
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
