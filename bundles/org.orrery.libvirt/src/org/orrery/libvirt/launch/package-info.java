/**
 * Launching a model on real hypervisors: a plan computed from the model alone (what will be
 * defined where, what is left out and why), a read-only check against the hosts, and a launcher
 * that defines networks then domains, undoes its changes on failure or cancel, and reports the
 * state it leaves.
 */
package org.orrery.libvirt.launch;
