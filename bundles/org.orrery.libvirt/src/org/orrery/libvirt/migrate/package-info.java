/**
 * Live migration between two hosts: libvirt's pre-copy migration with its job statistics streamed
 * into telemetry while it runs, cancel, a check of where the VM really runs afterwards, and the
 * model changed to match. The Migrate dialog and the diagram's drag both start it here.
 */
package org.orrery.libvirt.migrate;
