package org.orrery.libvirt;

/**
 * What a long operation (launch, discover, migration) reports while it works and how it learns
 * that the user wants it to stop. The workbench adapts an Eclipse progress monitor to it; headless
 * callers use {@link #NONE}.
 */
public interface Progress {

    /** Reports nothing and never cancels. */
    Progress NONE = new Progress() {
        @Override
        public void begin(String task, int steps) {
        }

        @Override
        public void step(String what) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** The operation starts {@code task}, which takes {@code steps} steps. */
    void begin(String task, int steps);

    /** One step is about to run, described for the user. */
    void step(String what);

    /** Whether the user asked to stop; checked between steps. */
    boolean isCancelled();
}
