/**
 * Run control, event log and run-queue views; they poll the telemetry store on a timer, never per
 * event.
 */
package org.orrery.ui.views.internal;
