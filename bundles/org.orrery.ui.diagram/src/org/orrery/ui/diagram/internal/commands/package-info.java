/**
 * The diagram's commands and its one undo history: gestures become EMF commands on the editing
 * domain's stack (shared with the Properties view), each followed by the layout's
 * reconciliation in the same undoable step; GEF sees that stack through
 * {@link org.orrery.ui.diagram.internal.commands.GefCommandStack}.
 */
package org.orrery.ui.diagram.internal.commands;
