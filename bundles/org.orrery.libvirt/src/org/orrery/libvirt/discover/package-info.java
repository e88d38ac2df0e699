/**
 * Discovering what hosts really run: their domains and networks imported into a model (the hosts
 * of an existing world, or one URI into a new world), so a lab admin starts from reality.
 */
package org.orrery.libvirt.discover;
