/**
 * The Migration Timeline view: a pure-Java model that folds a run's MIGRATION_* telemetry into one
 * lane per migration, incrementally on a timer ({@link org.orrery.ui.views.internal.timeline.TimelineModel}),
 * pure-Java geometry and formatting, and an SWT painter and view on top of them.
 */
package org.orrery.ui.views.internal.timeline;
