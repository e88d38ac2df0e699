package org.orrery.sync;

/**
 * A sync could not be done or was refused; the message says what and where, for a person. When it
 * is thrown the destination holds its old files: nothing half-written is ever visible.
 */
public class SyncException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
