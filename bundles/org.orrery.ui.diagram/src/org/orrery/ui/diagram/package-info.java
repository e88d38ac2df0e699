/** The deployment diagram: ids other bundles use to open it. */
package org.orrery.ui.diagram;
