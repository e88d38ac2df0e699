package org.orrery.experiment.bridge;

import java.util.List;

/**
 * A model's experiment that cannot become a run: each problem is one line naming the element and
 * saying what to do.
 */
public final class BridgeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    BridgeException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, one line each, in model order. */
    public List<String> problems() {
        return problems;
    }
}
