/**
 * Replaying a recorded run: a cursor over a recording that shows the views exactly the events up
 * to it, with scrub, step and speed, driven by the views' own timer.
 */
package org.orrery.telemetry.replay;
