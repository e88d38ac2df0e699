/**
 * Guest memory as migrations see it: size, zero pages, how fast a running guest dirties it
 * (uniform, hot/cold working set, following CPU load) and, where deduplication needs it, what
 * each page contains.
 */
package org.orrery.sim.memory;
