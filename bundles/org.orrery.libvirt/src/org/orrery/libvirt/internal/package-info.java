/**
 * The libvirt-java implementation behind the {@code org.orrery.libvirt} interfaces: the
 * process-wide event loop, connections, error translation and event forwarding. The only code
 * in Orrery that touches libvirt-java or JNA.
 */
package org.orrery.libvirt.internal;
