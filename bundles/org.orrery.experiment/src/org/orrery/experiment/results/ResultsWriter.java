package org.orrery.experiment.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.orrery.telemetry.TelemetryStore;

/** Writes a run's result files into a directory: {@value TraceFile#FILE_NAME} and {@value #SERIES_DIRECTORY}/. */
public final class ResultsWriter {

    /** Sub-directory holding the series' CSV files. */
    public static final String SERIES_DIRECTORY = "series";

    /** What was written. */
    public record Written(Path trace, List<Path> series) {
    }

    private ResultsWriter() {
    }

    /**
     * Writes the trace and the series of {@code store}, described by {@code run}, into
     * {@code directory} (created if missing). Existing files of the same names are replaced.
     */
    public static Written write(Path directory, Map<String, Object> run, TelemetryStore store) throws IOException {
        Path seriesDirectory = Files.createDirectories(directory.resolve(SERIES_DIRECTORY));
        Path trace = directory.resolve(TraceFile.FILE_NAME);
        TraceFile.write(trace, run, store);
        return new Written(trace, SeriesCsv.write(seriesDirectory, store));
    }
}
