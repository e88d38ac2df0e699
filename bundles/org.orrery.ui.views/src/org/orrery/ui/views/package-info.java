/** Live views' public face: the run whose telemetry the views are showing. */
package org.orrery.ui.views;
