/** Exporting the deployment diagram as PNG and as SVG (through a Draw2D Graphics that writes SVG). */
package org.orrery.ui.diagram.internal.export;
