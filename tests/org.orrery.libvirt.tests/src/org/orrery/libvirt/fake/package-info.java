/** A fake hypervisor behind Orrery's own interfaces, for unit tests of Orrery's logic only. */
package org.orrery.libvirt.fake;
