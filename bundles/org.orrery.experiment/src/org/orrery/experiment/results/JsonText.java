package org.orrery.experiment.results;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON subset the trace uses: one-line objects whose values are strings, numbers, booleans,
 * null or such objects. Written by hand because the target platform has no JSON library and the
 * trace needs exact control over number formatting.
 */
final class JsonText {

    private JsonText() {
    }

    static void appendObject(StringBuilder out, Map<String, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> entry : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            appendString(out, entry.getKey());
            out.append(':');
            appendValue(out, entry.getValue());
        }
        out.append('}');
    }

    static void appendValue(StringBuilder out, Object value) {
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
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, ?> object = (Map<String, ?>) map;
            appendObject(out, object);
        } else {
            appendString(out, value.toString());
        }
    }

    static void appendString(StringBuilder out, String s) {
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
        out.append('"');
    }

    /** Parses one JSON object; throws IllegalArgumentException naming the column of a mistake. */
    static Map<String, Object> parseObject(String text) {
        Parser parser = new Parser(text);
        Map<String, Object> object = parser.object();
        parser.skipBlanks();
        if (parser.pos != text.length()) {
            throw parser.error("text after the object");
        }
        return object;
    }

    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Map<String, Object> object() {
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
                skipBlanks();
                char c = next();
                if (c == '}') {
                    return map;
                }
                if (c != ',') {
                    pos--;
                    throw error("expected ',' or '}'");
                }
            }
        }

        private Object value() {
            skipBlanks();
            char c = peek();
            if (c == '{') {
                return object();
            }
            if (c == '"') {
                return string();
            }
            if (text.startsWith("true", pos)) {
                pos += 4;
                return Boolean.TRUE;
            }
            if (text.startsWith("false", pos)) {
                pos += 5;
                return Boolean.FALSE;
            }
            if (text.startsWith("null", pos)) {
                pos += 4;
                return null;
            }
            return number();
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
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
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

        private char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        private char next() {
            if (pos >= text.length()) {
                throw error("unexpected end of line");
            }
            return text.charAt(pos++);
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at column " + (pos + 1));
        }
    }
}
