/**
 * Orrery's door to real hypervisors: validated connection URIs, one shared connection per host,
 * domain life-cycle operations, and life-cycle events forwarded into telemetry. Nothing here
 * exposes libvirt or JNA types, so a fake hypervisor can stand in for tests.
 */
package org.orrery.libvirt;
