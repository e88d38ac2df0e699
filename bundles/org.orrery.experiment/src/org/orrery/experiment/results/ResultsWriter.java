package org.orrery.experiment.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.orrery.charts.RunCharts;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.io.ChromeTrace;
import org.orrery.telemetry.io.SeriesCsv;
import org.orrery.telemetry.io.TraceFile;

/**
 * Writes a run's result files into a directory (FORMATS.md in this bundle lists them): the
 * trace, the CSV series, the main charts as PNG and SVG, the Perfetto export and, when a summary
 * is given, summary.txt and summary.json.
 */
public final class ResultsWriter {

    /** Sub-directory holding the series' CSV files. */
    public static final String SERIES_DIRECTORY = "series";
    /** Sub-directory holding the charts (PNG and SVG). */
    public static final String CHARTS_DIRECTORY = "charts";
    /** The summary for people. */
    public static final String SUMMARY_TEXT = "summary.txt";
    /** The summary for programs. */
    public static final String SUMMARY_JSON = "summary.json";

    /** What was written. */
    public record Written(Path trace, List<Path> series, List<Path> charts, Path chromeTrace, Path summaryText,
            Path summaryJson) {
    }

    private ResultsWriter() {
    }

    /**
     * Writes the trace (described by {@code run}), series, charts and export of {@code store}, and
     * {@code summary} if not null, into {@code directory} (created if missing). Existing files of
     * the same names are replaced.
     */
    public static Written write(Path directory, Map<String, ?> run, TelemetryStore store, RunSummary summary)
            throws IOException {
        Path seriesDirectory = Files.createDirectories(directory.resolve(SERIES_DIRECTORY));
        Path trace = directory.resolve(TraceFile.FILE_NAME);
        TraceFile.write(trace, run, store);
        List<Path> series = SeriesCsv.write(seriesDirectory, store);
        List<Path> charts = RunCharts.write(directory.resolve(CHARTS_DIRECTORY), store);
        Path chrome = directory.resolve(ChromeTrace.FILE_NAME);
        ChromeTrace.write(chrome, store);
        Path text = null;
        Path json = null;
        if (summary != null) {
            text = Files.writeString(directory.resolve(SUMMARY_TEXT), summary.text(), StandardCharsets.UTF_8);
            json = Files.writeString(directory.resolve(SUMMARY_JSON), summary.json(), StandardCharsets.UTF_8);
        }
        return new Written(trace, series, charts, chrome, text, json);
    }
}
