/**
 * The diagram while a run is watched (the Run perspective): a VM dropped on another host asks the
 * Lab for a live migration, an overlay draws migrations under way and hosts' load from the run's
 * telemetry, and objects picked in live views are selected in the diagram.
 */
package org.orrery.ui.diagram.internal.live;
