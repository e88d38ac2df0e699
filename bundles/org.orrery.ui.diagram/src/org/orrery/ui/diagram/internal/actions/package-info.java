/**
 * The diagram editor's own actions (copy, paste, select all boxes, zoom to fit or 100%, arrange
 * all, export) and their ids; GEF's undo, redo, delete, zoom and grid actions are used as they are.
 */
package org.orrery.ui.diagram.internal.actions;
