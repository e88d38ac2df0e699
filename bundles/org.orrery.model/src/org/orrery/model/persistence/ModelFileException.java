package org.orrery.model.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** An .orrery file that cannot be opened: malformed, truncated, or written by a newer Orrery. */
public class ModelFileException extends IOException {

    private static final long serialVersionUID = 1L;

    /** One problem found in the file; line and column are 0 when the parser did not know them. */
    public record Problem(int line, int column, String message) {
        @Override
        public String toString() {
            return line > 0 ? "line " + line + ", column " + column + ": " + message : message;
        }
    }

    private final transient Path file;
    private final transient List<Problem> problems;

    public ModelFileException(Path file, List<Problem> problems) {
        super(file.getFileName() + ": " + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public Path getFile() {
        return file;
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
