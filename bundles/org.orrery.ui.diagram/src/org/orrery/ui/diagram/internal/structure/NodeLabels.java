package org.orrery.ui.diagram.internal.structure;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.orrery.model.Cloud;
import org.orrery.model.Datastore;
import org.orrery.model.Federation;
import org.orrery.model.Host;
import org.orrery.model.NamedElement;
import org.orrery.model.NetworkLink;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.OverlayNode;
import org.orrery.model.OverlayRouter;
import org.orrery.model.Phone;
import org.orrery.model.PhoneInstance;
import org.orrery.model.Router;
import org.orrery.model.Site;
import org.orrery.model.Substrate;
import org.orrery.model.SubstratePool;
import org.orrery.model.SwitchDaemon;
import org.orrery.model.VirtualMachine;

/**
 * What a box says about its element: the name, a one-line summary of what matters on a
 * deployment drawing (a host's pCPUs, memory and hypervisor; a VM's vCPUs, memory and state),
 * and how many CPU cells it shows. The figures paint these and the layout measures them.
 */
public final class NodeLabels {

    private NodeLabels() {
    }

    /** The element's name, or its kind in parentheses while it has none. */
    public static String title(EObject element) {
        if (element instanceof NamedElement n && n.getName() != null && !n.getName().isBlank()) {
            return n.getName();
        }
        NodeKind kind = NodeKind.of(element);
        return "(" + (kind == null ? element.eClass().getName() : KindTexts.label(kind)) + ")";
    }

    /** The summary line under the name (may be empty). */
    public static String summary(EObject element) {
        NodeKind kind = NodeKind.of(element);
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case FEDERATION -> KindTexts.text(kind, "summary", ((Federation) element).getMembers().size(),
                    ((Federation) element).isContextBroker() ? 1 : 0);
            case CLOUD -> KindTexts.text(kind, "summary", words(((Cloud) element).getKind()),
                    words(((Cloud) element).getToolkit()), ((Cloud) element).getVirtualMachines().size());
            case SITE -> site((Site) element);
            case HOST -> host((Host) element);
            case ROUTER -> KindTexts.text(kind, "summary", words(((Router) element).getKind()),
                    orEmpty(((Router) element).getAddress())).strip();
            case DATASTORE -> KindTexts.text(kind, "summary", words(((Datastore) element).getKind()),
                    number(((Datastore) element).getCapacityGB()));
            case VIRTUAL_MACHINE, CLONE -> vm((VirtualMachine) element, kind);
            case SUBSTRATE_POOL -> KindTexts.text(kind, "summary", number(((SubstratePool) element).getCapacityMB()),
                    name(((SubstratePool) element).getServer()));
            case SUBSTRATE -> KindTexts.text(kind, "summary", words(((Substrate) element).getKind()),
                    number(((Substrate) element).getRawSizeMB()), number(((Substrate) element).getCompressedSizeMB()));
            case OVERLAY -> KindTexts.text(kind, "summary", words(((OverlayNetwork) element).getKind()),
                    ((OverlayNetwork) element).getSubnets().size(), ((OverlayNetwork) element).getMtu());
            case SWITCH_DAEMON -> KindTexts.text(kind, "summary", name(((OverlayNode) element).getHost()),
                    ((SwitchDaemon) element).getPort());
            case OVERLAY_ROUTER -> KindTexts.text(kind, "summary", name(((OverlayNode) element).getHost()),
                    orEmpty(((OverlayRouter) element).getPublicAddress())).strip();
            case PHONE -> KindTexts.text(kind, "summary", orEmpty(((Phone) element).getSoc()),
                    ((Phone) element).getCores(), words(((Phone) element).getArchitecture())).replaceFirst("^, ", "");
            case PHONE_INSTANCE -> KindTexts.text(kind, "summary", words(((PhoneInstance) element).getRole()),
                    words(((PhoneInstance) element).getState()));
        };
    }

    /** CPU cells a box shows: a host's pCPUs, a VM's vCPUs. */
    public static int cells(EObject element) {
        if (element instanceof Host h) {
            return h.getPcpus().size();
        }
        if (element instanceof VirtualMachine vm) {
            return vm.getVcpus().size();
        }
        return 0;
    }

    /** The label of a network link: its bandwidth and latency. */
    public static String link(NetworkLink link) {
        double mbps = link.getBandwidthMbps();
        String bandwidth = mbps >= 1000 ? number(mbps / 1000) + " Gbit/s" : number(mbps) + " Mbit/s";
        return KindTexts.text(ConnectionKind.NETWORK_LINK, "summary", bandwidth, number(link.getLatencyMs()));
    }

    private static String site(Site site) {
        if (site.getLocation() == null || site.getLocation().isBlank()) {
            return orEmpty(site.getSubnet());
        }
        return site.getSubnet() == null ? site.getLocation() : site.getSubnet() + ", " + site.getLocation();
    }

    private static String host(Host host) {
        String summary = KindTexts.text(NodeKind.HOST, "summary", host.getPcpus().size(), memory(host.getMemoryMB()),
                words(host.getHypervisor()));
        return host.getArchitecture() == org.orrery.model.Architecture.X86_64 ? summary
                : summary + ", " + words(host.getArchitecture());
    }

    private static String vm(VirtualMachine vm, NodeKind kind) {
        return KindTexts.text(kind, "summary", vm.getVcpus().size(), memory(vm.getMemoryMB()), words(vm.getState()));
    }

    /** "8 GiB", "512 MiB". */
    static String memory(int mb) {
        return mb % 1024 == 0 && mb > 0 ? (mb / 1024) + " GiB" : mb + " MiB";
    }

    /** 2000.0 as "2000", 0.5 as "0.5": model numbers without trailing zeros. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.3g", value).replaceFirst("\\.?0+$", "");
    }

    /** An enum literal as words: virtualSwitch as "virtual switch". */
    static String words(Object literal) {
        return literal == null ? "" : literal.toString().replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ')
                .toLowerCase(Locale.ROOT);
    }

    private static String name(NamedElement element) {
        return element == null || element.getName() == null ? "?" : element.getName();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
