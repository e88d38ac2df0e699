package org.orrery.libvirt;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.orrery.libvirt.HypervisorException.Reason;
import org.orrery.libvirt.internal.Messages;

/**
 * A hypervisor URI of one of the forms Orrery accepts, checked before libvirt sees it so that a
 * typo gets a message saying what is accepted instead of an obscure connection failure:
 * <ul>
 * <li>{@code test:///default} — libvirt's built-in test host;</li>
 * <li>{@code test:///ABSOLUTE/PATH.xml} — a test host described by a node XML file, which must exist;</li>
 * <li>{@code qemu:///system} — QEMU/KVM on this machine;</li>
 * <li>{@code qemu+ssh://[user@]host[:port]/system} — QEMU/KVM on a lab host over SSH (keys, not
 * passwords; parameters {@code keyfile}, {@code known_hosts}, {@code no_tty} allowed);</li>
 * <li>{@code qemu+unix:///system?socket=/ABSOLUTE/PATH} — a local daemon on a non-default socket.</li>
 * </ul>
 */
public final class HypervisorUri {

    /** The form of a URI, which tells e.g. whether it reaches a real machine. */
    public enum Kind {
        TEST_DEFAULT, TEST_NODE_FILE, QEMU_LOCAL, QEMU_SSH, QEMU_UNIX
    }

    private static final Set<String> SSH_PARAMETERS = Set.of("keyfile", "known_hosts", "no_tty");
    private static final String SYSTEM = "/system";

    private final String text;
    private final Kind kind;

    private HypervisorUri(String text, Kind kind) {
        this.text = text;
        this.kind = kind;
    }

    /**
     * Checks {@code text} against the accepted forms.
     *
     * @throws HypervisorException with reason {@link Reason#BAD_URI} and a message naming the
     *                             problem and the accepted forms
     */
    public static HypervisorUri parse(String text) throws HypervisorException {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw bad(NLS.bind(Messages.Uri_empty, Messages.Uri_forms));
        }
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            throw bad(NLS.bind(Messages.Uri_unsupported, t, Messages.Uri_forms));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (uri.getRawFragment() != null) {
            throw unsupported(t);
        }
        return switch (scheme) {
            case "test" -> parseTest(t, uri);
            case "qemu" -> local(t, uri, Kind.QEMU_LOCAL);
            case "qemu+ssh" -> parseSsh(t, uri);
            case "qemu+unix" -> parseUnix(t, uri);
            default -> throw unsupported(t);
        };
    }

    private static HypervisorUri parseTest(String t, URI uri) throws HypervisorException {
        String path = uri.getPath();
        if (uri.getRawAuthority() != null || uri.getRawQuery() != null || path == null) {
            throw unsupported(t);
        }
        if (path.equals("/default")) {
            return new HypervisorUri(t, Kind.TEST_DEFAULT);
        }
        if (!path.endsWith(".xml")) {
            throw unsupported(t);
        }
        Path file = Path.of(path);
        // libvirt would fail too, but only after its XML parser printed a warning to stderr
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw bad(NLS.bind(Messages.Uri_noNodeFile, path));
        }
        return new HypervisorUri(t, Kind.TEST_NODE_FILE);
    }

    private static HypervisorUri local(String t, URI uri, Kind kind) throws HypervisorException {
        if (uri.getRawAuthority() != null || uri.getRawQuery() != null || !SYSTEM.equals(uri.getPath())) {
            throw unsupported(t);
        }
        return new HypervisorUri(t, kind);
    }

    private static HypervisorUri parseSsh(String t, URI uri) throws HypervisorException {
        if (uri.getHost() == null) {
            throw bad(NLS.bind(Messages.Uri_sshNoHost, t));
        }
        if (!SYSTEM.equals(uri.getPath())) {
            throw unsupported(t);
        }
        if (uri.getRawQuery() != null) {
            for (String parameter : uri.getRawQuery().split("&")) {
                String name = parameter.split("=", 2)[0];
                if (!SSH_PARAMETERS.contains(name)) {
                    throw bad(NLS.bind(Messages.Uri_badParameter, t, name));
                }
            }
        }
        return new HypervisorUri(t, Kind.QEMU_SSH);
    }

    private static HypervisorUri parseUnix(String t, URI uri) throws HypervisorException {
        String query = uri.getQuery();
        if (uri.getRawAuthority() != null || !SYSTEM.equals(uri.getPath()) || query == null
                || !query.startsWith("socket=/") || query.contains("&")) {
            throw bad(NLS.bind(Messages.Uri_unixSocket, t));
        }
        return new HypervisorUri(t, Kind.QEMU_UNIX);
    }

    private static HypervisorException unsupported(String t) {
        return bad(NLS.bind(Messages.Uri_unsupported, t, Messages.Uri_forms));
    }

    private static HypervisorException bad(String message) {
        return new HypervisorException(Reason.BAD_URI, message);
    }

    /** The URI as given (without surrounding blanks), as libvirt receives it. */
    public String text() {
        return text;
    }

    /** Its form. */
    public Kind kind() {
        return kind;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HypervisorUri other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
