package org.orrery.libvirt;

import java.util.Objects;

/**
 * A hypervisor operation failed. The message is meant for the user as it is: it says what went
 * wrong and what to do; {@link #reason()} lets code react to the kind of failure.
 */
public final class HypervisorException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Kinds of failure a caller may want to tell apart. */
    public enum Reason {
        /** The URI is not one Orrery accepts, or points to a file that is not there. */
        BAD_URI,
        /** libvirt (the native library) is not installed on this machine. */
        NOT_INSTALLED,
        /** The host or its libvirt daemon cannot be reached. */
        UNREACHABLE,
        /** The host refused our credentials. */
        AUTH_FAILED,
        /** The user lacks the permission for the operation. */
        ACCESS_DENIED,
        /** libvirt's parser rejected the XML. */
        XML_REJECTED,
        /** No domain of that name on the host. */
        NO_DOMAIN,
        /** No network of that name on the host. */
        NO_NETWORK,
        /** A domain or network with that name or UUID exists already. */
        ALREADY_EXISTS,
        /** The domain's state does not allow the operation (e.g. suspending a stopped domain). */
        INVALID_STATE,
        /** The hypervisor driver does not implement the operation. */
        UNSUPPORTED,
        /** The operation was cancelled (e.g. a migration aborted on request). */
        CANCELLED,
        /** Anything else; the message carries libvirt's own words. */
        OTHER
    }

    private final Reason reason;

    public HypervisorException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public HypervisorException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** The kind of failure. */
    public Reason reason() {
        return reason;
    }
}
