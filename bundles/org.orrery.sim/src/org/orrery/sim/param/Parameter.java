package org.orrery.sim.param;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one free parameter of a mechanism, on a component of its parameters record: what it
 * means, its unit, where its default comes from and whether that default is an assumption (the
 * source does not give it). {@link ParameterInfo#describe(Record)} reads these so a view or a
 * report can list every parameter of a run with its value, and mark the assumptions.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Parameter {

    /** What the parameter means, one sentence. */
    String value();

    /** Unit of the value, e.g. {@code ns}, {@code B/s}, {@code pages}, {@code fraction}; empty for none. */
    String unit() default "";

    /** Where the default comes from: a spec digest and what in it (e.g. {@code qemu-precopy.md}). */
    String source() default "";

    /** True when the source does not give the default, so it is our assumption. */
    boolean assumption() default false;
}
