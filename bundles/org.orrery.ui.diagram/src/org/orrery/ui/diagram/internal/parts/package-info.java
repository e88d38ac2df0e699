/**
 * The GEF edit parts of the deployment diagram (diagram, element boxes, lines), their edit
 * policies (turning GEF requests into the diagram's commands), the tools that explain refusals,
 * the name editor, and the one model listener that keeps the parts current.
 */
package org.orrery.ui.diagram.internal.parts;
