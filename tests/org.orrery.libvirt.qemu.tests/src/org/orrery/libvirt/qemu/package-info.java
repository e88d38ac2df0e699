/** Integration tests of the libvirt driver against real QEMU: two daemons and a live migration. */
package org.orrery.libvirt.qemu;
