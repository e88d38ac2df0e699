/**
 * Behaviour tests of the Orrery item providers: labels, icons, children, property descriptors,
 * and edits through EMF commands that undo and redo.
 */
package org.orrery.model.provider.tests;
