/**
 * Self-describing mechanism parameters: an annotation on the components of each parameters
 * record states meaning, unit, source and whether the default is an assumption, so every free
 * parameter of a run can be listed and the assumptions shown.
 */
package org.orrery.sim.param;
