/**
 * A run as plain objects: hosts, links, VMs, scripted steps and the migration policy, in the units
 * the simulator uses (bytes, nanoseconds). What the bridge makes from a model and the runner plays.
 */
package org.orrery.experiment.plan;
