package org.orrery.libvirt.internal;

import org.eclipse.osgi.util.NLS;
import org.libvirt.Error;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.HypervisorException.Reason;

/**
 * Turns a {@link LibvirtException} into a {@link HypervisorException} whose message says what was
 * attempted, why it failed in words a user understands, what to do, and libvirt's own words.
 */
final class ErrorTranslator {

    private ErrorTranslator() {
    }

    static HypervisorException translate(LibvirtException e, Operation operation, String object, String uri) {
        return translate(e, operation, object, uri, null);
    }

    static HypervisorException translate(LibvirtException e, Operation operation, String object, String uri,
            String other) {
        return translate(e.getError(), e.getMessage(), e, operation, object, uri, other);
    }

    /** As the others, for an error read without an exception (calls Orrery binds itself). */
    static HypervisorException translate(Error error, String message, Throwable cause, Operation operation,
            String object, String uri, String other) {
        ErrorNumber code = error == null ? ErrorNumber.VIR_ERR_UNKNOWN : error.getCode();
        Reason reason = reasonFor(code, operation);
        String detail = error == null ? message : error.getMessage();
        detail = detail == null || detail.isBlank() ? code.name() : detail.strip();
        // our sentences go on after libvirt's words
        if (detail.endsWith(".")) {
            detail = detail.substring(0, detail.length() - 1);
        }
        String why = NLS.bind(explanation(reason), detail);
        return new HypervisorException(reason, NLS.bind(Messages.Failure, operation.describe(object, uri, other), why),
                cause);
    }

    static Reason reasonFor(ErrorNumber code, Operation operation) {
        return switch (code) {
            case VIR_ERR_XML_ERROR, VIR_ERR_XML_DETAIL, VIR_ERR_XML_INVALID_SCHEMA, VIR_ERR_NO_NAME, VIR_ERR_NO_OS,
                    VIR_ERR_OS_TYPE -> Reason.XML_REJECTED;
            case VIR_ERR_NO_DOMAIN -> Reason.NO_DOMAIN;
            case VIR_ERR_NO_NETWORK -> Reason.NO_NETWORK;
            case VIR_ERR_NO_CONNECT, VIR_ERR_INVALID_CONN, VIR_ERR_RPC, VIR_ERR_UNKNOWN_HOST, VIR_ERR_SSH,
                    VIR_ERR_LIBSSH, VIR_ERR_OPERATION_TIMEOUT, VIR_ERR_NO_SERVER -> Reason.UNREACHABLE;
            // a system error while connecting is the socket or the SSH tunnel, during a migration the
            // peer's connection (a daemon that died); elsewhere it can be anything
            case VIR_ERR_SYSTEM_ERROR -> operation == Operation.CONNECT || operation == Operation.MIGRATE
                    || operation == Operation.SAMPLE ? Reason.UNREACHABLE : Reason.OTHER;
            case VIR_ERR_AUTH_FAILED, VIR_ERR_AUTH_CANCELLED, VIR_ERR_AUTH_UNAVAILABLE -> Reason.AUTH_FAILED;
            case VIR_ERR_OPERATION_DENIED, VIR_ERR_ACCESS_DENIED -> Reason.ACCESS_DENIED;
            case VIR_ERR_DOM_EXIST, VIR_ERR_NETWORK_EXIST -> Reason.ALREADY_EXISTS;
            case VIR_ERR_OPERATION_ABORTED -> Reason.CANCELLED;
            case VIR_ERR_OPERATION_INVALID -> Reason.INVALID_STATE;
            case VIR_ERR_NO_SUPPORT, VIR_ERR_OPERATION_UNSUPPORTED, VIR_ERR_ARGUMENT_UNSUPPORTED,
                    VIR_ERR_CONFIG_UNSUPPORTED -> Reason.UNSUPPORTED;
            default -> Reason.OTHER;
        };
    }

    private static String explanation(Reason reason) {
        return switch (reason) {
            case XML_REJECTED -> Messages.Why_xml;
            case NO_DOMAIN -> Messages.Why_noDomain;
            case NO_NETWORK -> Messages.Why_noNetwork;
            case UNREACHABLE -> Messages.Why_unreachable;
            case AUTH_FAILED -> Messages.Why_auth;
            case ACCESS_DENIED -> Messages.Why_denied;
            case ALREADY_EXISTS -> Messages.Why_exists;
            case INVALID_STATE -> Messages.Why_state;
            case UNSUPPORTED -> Messages.Why_unsupported;
            case CANCELLED -> Messages.Why_cancelled;
            default -> Messages.Why_other;
        };
    }
}
