package org.orrery.telemetry.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Orrery's files use (traces, trace-event exports, run summaries), written and read by
 * hand because the target platform has no JSON library and the files need exact control over
 * number formatting.
 * <p>
 * Writing: {@link Long}, {@link Integer}, {@link Short}, {@link Byte} without a decimal point;
 * {@link Double} and {@link Float} as {@link Double#toString(double)} (always with a point or an
 * exponent, so they read back as doubles); NaN and infinities, which JSON lacks, as the strings
 * {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}; {@link BigDecimal} as its plain decimal text
 * (for fixed decimals, e.g. microseconds from nanoseconds); maps as objects in their iteration order;
 * collections as arrays; anything else as its {@code toString()}. Reading gives {@link Long} for
 * numbers without a point or exponent, {@link Double} otherwise, {@link LinkedHashMap} for objects
 * and {@link ArrayList} for arrays.
 */
public final class Json {

    private Json() {
    }

    /** Appends {@code value} as JSON. */
    public static StringBuilder append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            out.append(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isFinite(d)) {
                out.append(Double.toString(d));
            } else {
                appendString(out, Double.toString(d));
            }
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                appendString(out, String.valueOf(entry.getKey()));
                out.append(':');
                append(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object element : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                append(out, element);
            }
            out.append(']');
        } else {
            appendString(out, value.toString());
        }
        return out;
    }

    /** Appends {@code s} as a JSON string, escaping quotes, backslashes and control characters. */
    public static StringBuilder appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /** {@code value} as JSON text. */
    public static String toText(Object value) {
        return append(new StringBuilder(), value).toString();
    }

    /**
     * Parses one JSON value (surrounding blanks allowed).
     *
     * @throws IllegalArgumentException naming the column (counting from 1) of the first mistake
     */
    public static Object parse(String text) {
        Parser parser = new Parser(text);
        Object value = parser.value();
        parser.skipBlanks();
        if (parser.pos != text.length()) {
            throw parser.error("text after the value");
        }
        return value;
    }

    /** Parses one JSON object; like {@link #parse(String)} but refuses other values. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) {
        Parser parser = new Parser(text);
        parser.skipBlanks();
        if (parser.peek() != '{') {
            throw parser.error("expected '{'");
        }
        Object value = parse(text);
        return (Map<String, Object>) value;
    }

    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Object value() {
            skipBlanks();
            char c = peek();
            if (c == '{') {
                return object();
            }
            if (c == '[') {
                return array();
            }
            if (c == '"') {
                return string();
            }
            for (String literal : new String[] {"true", "false", "null"}) {
                if (text.startsWith(literal, pos)) {
                    pos += literal.length();
                    return literal.equals("null") ? null : Boolean.valueOf(literal);
                }
            }
            return number();
        }

        private Map<String, Object> object() {
            expect('{');
            Map<String, Object> map = new LinkedHashMap<>();
            skipBlanks();
            if (peek() == '}') {
                pos++;
                return map;
            }
            while (true) {
                skipBlanks();
                String key = string();
                skipBlanks();
                expect(':');
                map.put(key, value());
                if (endOfList('}')) {
                    return map;
                }
            }
        }

        private List<Object> array() {
            expect('[');
            List<Object> list = new ArrayList<>();
            skipBlanks();
            if (peek() == ']') {
                pos++;
                return list;
            }
            while (true) {
                list.add(value());
                if (endOfList(']')) {
                    return list;
                }
            }
        }

        /** After an element: true at the closing bracket, false at a comma. */
        private boolean endOfList(char close) {
            skipBlanks();
            char c = next();
            if (c == close) {
                return true;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '" + close + "'");
            }
            return false;
        }

        private Object number() {
            int start = pos;
            boolean fractional = false;
            while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                fractional |= "eE.".indexOf(text.charAt(pos)) >= 0;
                pos++;
            }
            String literal = text.substring(start, pos);
            try {
                return fractional ? (Object) Double.parseDouble(literal) : (Object) Long.parseLong(literal);
            } catch (NumberFormatException e) {
                pos = start;
                throw error("expected a value");
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = next();
                switch (escaped) {
                    case '"', '\\', '/' -> out.append(escaped);
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw error("short \\u escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException e) {
                            throw error("bad \\u escape");
                        }
                        pos += 4;
                    }
                    default -> throw error("unknown escape \\" + escaped);
                }
            }
        }

        void skipBlanks() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        private char next() {
            if (pos >= text.length()) {
                throw error("unexpected end of text");
            }
            return text.charAt(pos++);
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at column " + (pos + 1));
        }
    }
}
