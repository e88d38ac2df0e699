/**
 * Provisioning mechanisms: propagating VM images from a repository to hosts (SCP, broadcast
 * chain) over the shared flow network, the bottleneck of riteau.md's provisioning pipeline.
 */
package org.orrery.sim.provisioning;
