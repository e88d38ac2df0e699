package org.orrery.libvirt.xml;

import org.orrery.model.Host;
import org.orrery.model.HypervisorKind;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.VirtualMachine;

/**
 * How model objects are named on a hypervisor, so that launch, discover, monitor and migration
 * agree: a VM becomes the domain named after it, an overlay the network named after its id.
 */
public final class LibvirtNames {

    /** Namespace of the metadata Orrery keeps in domain and network XML. */
    public static final String NAMESPACE = "http://www.orrery.org/libvirt/1";
    /** Its prefix. */
    public static final String PREFIX = "orrery";
    /** The network NICs without an overlay join: the host's usual NAT network. */
    public static final String DEFAULT_NETWORK = "default";

    private LibvirtNames() {
    }

    /**
     * The domain name of {@code vm}: its name (or id when it has none) with the characters libvirt
     * refuses in names ({@code /} and control characters) replaced by {@code -}. Other characters,
     * {@code < & '} included, are kept: the XML writer escapes them.
     */
    public static String domain(VirtualMachine vm) {
        String name = vm.getName() == null || vm.getName().isBlank() ? vm.getId() : vm.getName();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a VM needs a name or an id to become a domain");
        }
        StringBuilder out = new StringBuilder(name.length());
        name.strip().codePoints().forEach(c -> out.appendCodePoint(c == '/' || Character.isISOControl(c) ? '-' : c));
        return out.toString();
    }

    /** The network name of {@code overlay}: its id (or name), reduced to letters, digits, {@code . _ -}. */
    public static String network(OverlayNetwork overlay) {
        if (overlay == null) {
            return DEFAULT_NETWORK;
        }
        String name = overlay.getId() == null || overlay.getId().isBlank() ? overlay.getName() : overlay.getId();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an overlay needs an id or a name to become a network");
        }
        return name.strip().replaceAll("[^A-Za-z0-9._-]", "-");
    }

    /** A DNS-safe host name for DHCP entries: letters, digits and {@code -}, at most 63 characters. */
    public static String hostName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9-]", "-").replaceAll("^-+|-+$", "");
        if (safe.isEmpty()) {
            safe = "vm";
        }
        return safe.length() > 63 ? safe.substring(0, 63) : safe;
    }

    /**
     * The domain type to define on {@code host}: {@code test} on libvirt's test driver, {@code qemu}
     * (software emulation) for hosts whose hypervisor is QEMU, else {@code kvm}.
     */
    public static String domainType(Host host) {
        String uri = host.getLibvirtUri() == null ? "" : host.getLibvirtUri().strip();
        if (uri.startsWith("test:")) {
            return "test";
        }
        return host.getHypervisor() == HypervisorKind.QEMU ? "qemu" : "kvm";
    }
}
