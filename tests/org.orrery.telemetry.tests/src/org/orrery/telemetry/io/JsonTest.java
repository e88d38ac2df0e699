package org.orrery.telemetry.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void valuesRoundTripWithTheirTypes() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("long", 12L);
        value.put("double", 12.0);
        value.put("list", Arrays.asList(1L, "two", null, true, List.of()));
        value.put("nested", Map.of("k", -0.5));
        value.put("text", "a \"b\" \\ \n \u0002");
        String text = Json.toText(value);
        assertEquals("{\"long\":12,\"double\":12.0,\"list\":[1,\"two\",null,true,[]],\"nested\":{\"k\":-0.5},"
                + "\"text\":\"a \\\"b\\\" \\\\ \\n \\u0002\"}", text);
        assertEquals(value, Json.parse(text));
        assertEquals("1.500", Json.toText(BigDecimal.valueOf(1500, 3)));
        assertEquals(List.of(1L, Map.of("a", List.of())), Json.parse(" [ 1 , {\"a\" : [ ] } ] "));
    }

    @Test
    void mistakesNameTheirColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\":1,}"));
        assertTrue(e.getMessage().endsWith("at column 8"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[1 2]"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{} x"));
        assertThrows(IllegalArgumentException.class, () -> Json.parseObject("[1]"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("\"\\uZZZZ\""));
    }
}
