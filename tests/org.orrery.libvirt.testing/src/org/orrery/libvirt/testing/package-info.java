/**
 * What tests against real QEMU share: two libvirt daemons on this machine, each in its own mount
 * and UTS namespace, and a tiny guest to migrate between them. Only tests use it.
 */
package org.orrery.libvirt.testing;
