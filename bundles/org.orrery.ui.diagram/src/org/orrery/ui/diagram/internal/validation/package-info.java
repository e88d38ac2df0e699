/** Validation results shown on the diagram's boxes and lines, revalidated shortly after each change. */
package org.orrery.ui.diagram.internal.validation;
