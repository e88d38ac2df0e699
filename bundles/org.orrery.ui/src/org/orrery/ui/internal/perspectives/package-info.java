/** The Design and Run perspectives: where explorer, editors, properties, run control and live views sit. */
package org.orrery.ui.internal.perspectives;
