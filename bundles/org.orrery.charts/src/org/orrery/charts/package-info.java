/**
 * Line charts of telemetry series, without a display: read through the store's range queries at
 * a resolution, drawn by JFreeChart, written as PNG and SVG (JFreeSVG). The Charts view and the
 * headless run both draw through {@link org.orrery.charts.TelemetryChart}.
 */
package org.orrery.charts;
