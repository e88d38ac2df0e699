/**
 * Figures of the deployment diagram (they only paint): boxes of elements with their header and
 * validation marks, styled lines, the colours per kind and the fonts.
 */
package org.orrery.ui.diagram.internal.figures;
