/**
 * The lab UI's workings: the lab session (one connection manager, telemetry store and monitor per
 * workbench), the Run menu's handlers and their dialogs, the Lab view, and credentials from
 * Eclipse secure storage.
 */
package org.orrery.ui.lab.internal;
