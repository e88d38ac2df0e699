/**
 * The small bridges from EMF item providers to JFace that emf.edit.ui would give (it is not on
 * Maven Central): labels and icons, and property sheet sources with edits through the command
 * stack. Shared by the explorer and the diagram.
 */
package org.orrery.ui.emf;
