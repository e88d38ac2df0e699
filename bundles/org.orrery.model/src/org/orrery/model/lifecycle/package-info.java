/**
 * The VM life cycle as a state machine over {@link org.orrery.model.VmState}: which actions are
 * legal in which state, shared by the editor, the simulator and the libvirt driver.
 */
package org.orrery.model.lifecycle;
