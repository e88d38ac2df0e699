package org.orrery.experiment.bridge;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.orrery.sim.migration.MigrationAlgorithm;
import org.orrery.sim.migration.PostCopyMigration;
import org.orrery.sim.migration.PostCopyParameters;
import org.orrery.sim.migration.PreCopyMigration;
import org.orrery.sim.migration.QemuParameters;
import org.orrery.sim.migration.ShrinkerMigration;
import org.orrery.sim.migration.ShrinkerParameters;
import org.orrery.sim.migration.StopAndCopyMigration;
import org.orrery.sim.migration.XenParameters;
import org.orrery.sim.migration.XenPreCopyMigration;
import org.orrery.sim.param.ParameterInfo;

/**
 * The migration algorithms a model's migration policy can name (its {@code implementation}), each
 * with the simulator's parameters record and its defaults. A policy's parameters set the record's
 * components by name: the simulator documents each (meaning, unit, source, whether the default is
 * an assumption; see {@link ParameterInfo}). A nested component is named with a dot
 * ({@code qemu.maxDowntime}) or by its last part alone when that is unambiguous. Two names from
 * the samples are accepted for their simulator names: {@code bandwidth} for
 * {@code bandwidthLimit}, {@code redisRtt} for Shrinker's {@code serviceRoundTrip}.
 * <p>
 * A new algorithm becomes usable from models by adding its line here.
 */
public final class MigrationAlgorithms {

    /** The algorithm used when an experiment migrates without naming one: QEMU pre-copy. */
    public static final String DEFAULT = "precopy-qemu";

    private static final Map<String, String> ALIASES = Map.of("bandwidth", "bandwidthLimit", "redisRtt",
            "serviceRoundTrip");

    /**
     * An algorithm a policy can choose.
     *
     * @param implementation the identifier models use
     * @param defaults       its parameters record with the simulator's defaults, or null when it has none
     * @param factory        makes the algorithm from a parameters record like {@code defaults}
     */
    record Choice(String implementation, Record defaults, Function<Record, MigrationAlgorithm> factory) {

        /** The parameters of {@code values} (a record like the defaults), in declaration order. */
        List<ParameterInfo> parameters(Record values) {
            return values == null ? List.of() : ParameterInfo.describe(values);
        }
    }

    private static final List<Choice> CHOICES = List.of(
            new Choice("precopy-qemu", QemuParameters.defaults(), p -> new PreCopyMigration((QemuParameters) p)),
            new Choice("precopy-xen", XenParameters.defaults(), p -> new XenPreCopyMigration((XenParameters) p)),
            new Choice("postcopy", PostCopyParameters.defaults(), p -> new PostCopyMigration((PostCopyParameters) p)),
            new Choice("shrinker", ShrinkerParameters.defaults(), p -> new ShrinkerMigration((ShrinkerParameters) p)),
            new Choice("stop-and-copy", null, p -> new StopAndCopyMigration()));

    private MigrationAlgorithms() {
    }

    /** The algorithm called {@code implementation}, or null. */
    static Choice find(String implementation) {
        return CHOICES.stream().filter(c -> c.implementation().equals(implementation)).findFirst().orElse(null);
    }

    /** Identifiers of every algorithm, for messages and documentation. */
    public static List<String> implementations() {
        return CHOICES.stream().map(Choice::implementation).toList();
    }

    /**
     * The full name of the parameter a model calls {@code name} among {@code parameters}, or null:
     * the name itself, its alias, or the one nested parameter whose last part it is.
     */
    static String resolve(List<ParameterInfo> parameters, String name) {
        String wanted = ALIASES.getOrDefault(name, name);
        List<String> matches = new ArrayList<>();
        for (ParameterInfo p : parameters) {
            if (p.name().equals(name) || p.name().equals(wanted)) {
                return p.name();
            }
            if (p.name().endsWith("." + wanted)) {
                matches.add(p.name());
            }
        }
        return matches.size() == 1 ? matches.get(0) : null;
    }

    /**
     * A copy of {@code record} with the component at {@code path} (dotted for nested records) set
     * to {@code value}, converted to the component's type (whole numbers rounded, booleans from
     * 0 or 1).
     *
     * @throws IllegalArgumentException when the value does not fit the type, or the record's own
     *                                  checks refuse it (the message says why)
     */
    static Record with(Record record, String path, double value) {
        int dot = path.indexOf('.');
        String head = dot < 0 ? path : path.substring(0, dot);
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = read(record, components[i]);
            if (components[i].getName().equals(head)) {
                values[i] = dot < 0 ? convert(types[i], value, path)
                        : with((Record) values[i], path.substring(dot + 1), value);
            }
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return (Record) canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + record.getClass().getSimpleName(), e);
        }
    }

    private static Object convert(Class<?> type, double value, String name) {
        if (type == double.class) {
            return value;
        }
        if (type == boolean.class) {
            if (value != 0 && value != 1) {
                throw new IllegalArgumentException(name + " is on (1) or off (0), not " + value);
            }
            return value == 1;
        }
        double rounded = Math.rint(value);
        if (type == int.class && Math.abs(rounded) <= Integer.MAX_VALUE) {
            return (int) rounded;
        }
        if (type == long.class && Math.abs(rounded) < Long.MAX_VALUE) {
            return (long) rounded;
        }
        throw new IllegalArgumentException(name + " cannot hold " + value);
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
