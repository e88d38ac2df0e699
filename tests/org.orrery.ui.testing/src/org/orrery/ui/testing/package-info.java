/** What the workbench test bundles share: event-loop pumping, waiting, screenshots and pixel checks, and a mouse that goes through the X server. */
package org.orrery.ui.testing;
