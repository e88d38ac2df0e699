/**
 * Migration of VMs and actors between hosts over the shared flow network, each algorithm a
 * pluggable {@link org.orrery.sim.migration.MigrationAlgorithm} driven through a
 * {@link org.orrery.sim.migration.MigrationContext} and reporting the MIGRATION_* telemetry
 * vocabulary: stop-and-copy; pre-copy with QEMU/KVM semantics (downtime target, bandwidth limit,
 * zero pages, non-convergence, auto-converge) and with Xen semantics (round, minimum-pages and
 * data caps); post-copy; Shrinker's deduplicated WAN pre-copy; COS actor migration; and whole
 * clusters moving together. Every free parameter lives in a parameters record, annotated with its
 * source or marked as an assumption.
 */
package org.orrery.sim.migration;
