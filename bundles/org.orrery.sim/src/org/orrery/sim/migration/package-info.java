/**
 * Live migration of a VM between hosts, as a {@link org.orrery.sim.migration.Migration} entity
 * that plays out a pluggable {@link org.orrery.sim.migration.MigrationAlgorithm} round by round
 * over a link and reports MIGRATION_* telemetry. Stop-and-copy and a textbook pre-copy are the
 * first two algorithms.
 */
package org.orrery.sim.migration;
