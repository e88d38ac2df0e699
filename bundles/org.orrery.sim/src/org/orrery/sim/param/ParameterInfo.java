package org.orrery.sim.param;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One parameter of a mechanism with its current value, as a view or a report shows it.
 *
 * @param name        the record component's name
 * @param value       its current value
 * @param unit        unit of the value (may be empty)
 * @param description what it means
 * @param source      where the default comes from (may be empty)
 * @param assumption  whether the default is an assumption rather than a published figure
 */
public record ParameterInfo(String name, Object value, String unit, String description, String source,
        boolean assumption) {

    /**
     * The parameters of {@code parameters}, in declaration order: every record component annotated
     * with {@link Parameter}, with its current value. Nested parameter records are listed with a
     * dotted prefix (e.g. {@code wire.pageSize}).
     */
    public static List<ParameterInfo> describe(Record parameters) {
        Objects.requireNonNull(parameters, "parameters");
        List<ParameterInfo> out = new ArrayList<>();
        collect("", parameters, out);
        return out;
    }

    /**
     * {@code parameters} as a run summary writes them (summary.json): per parameter its name, value,
     * unit and whether it is an assumption, in that key order.
     */
    public static List<Object> summary(List<ParameterInfo> parameters) {
        List<Object> out = new ArrayList<>(parameters.size());
        for (ParameterInfo info : parameters) {
            java.util.Map<String, Object> o = new java.util.LinkedHashMap<>();
            o.put("name", info.name());
            o.put("value", info.value());
            o.put("unit", info.unit());
            o.put("assumption", info.assumption());
            out.add(o);
        }
        return out;
    }

    private static void collect(String prefix, Record record, List<ParameterInfo> out) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = valueOf(record, component);
            if (value instanceof Record nested && nested.getClass().isAnnotationPresent(Describes.class)) {
                collect(prefix + component.getName() + ".", nested, out);
                continue;
            }
            Parameter p = component.getAnnotation(Parameter.class);
            if (p != null) {
                out.add(new ParameterInfo(prefix + component.getName(), value, p.unit(), p.value(), p.source(),
                        p.assumption()));
            }
        }
    }

    private static Object valueOf(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read parameter " + component.getName() + " of " + record, e);
        }
    }
}
