package org.orrery.sim.param;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a group of {@link Parameter}s, so that a parameters record holding it as a
 * component lists its parameters too (see {@link ParameterInfo#describe(Record)}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Describes {
}
