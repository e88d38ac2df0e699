/**
 * The Orrery RCP application: workspace claim, workbench, window and menu bar advisors, and the
 * file actions of the menu bar.
 */
package org.orrery.ui.internal.application;
