/** Public constants of the Orrery workbench: ids of perspectives and views other bundles place or open. */
package org.orrery.ui;
