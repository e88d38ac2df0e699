/** What the workbench test bundles share: event-loop pumping, waiting, screenshots and pixel checks. */
package org.orrery.ui.testing;
