package org.orrery.ui.diagram.internal.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.orrery.model.Architecture;
import org.orrery.model.Clone;
import org.orrery.model.Host;
import org.orrery.model.NamedElement;
import org.orrery.model.OrreryFactory;
import org.orrery.model.PhysicalCpu;
import org.orrery.model.VirtualCpu;
import org.orrery.model.VirtualMachine;

/**
 * New elements as the palette makes them: the model's defaults plus what makes them valid at
 * once (a host gets 4 pCPUs, a VM one vCPU, a clone the phones' ARM architecture), and a name
 * and id nobody else uses, so references to them (saved by id) stay unambiguous.
 */
public final class NewElements {

    /** pCPUs of a new host: the model's default memory (8 GiB) suits a 4-core machine. */
    static final int HOST_PCPUS = 4;

    private NewElements() {
    }

    /** A new element of {@code kind}, not yet named. */
    public static EObject create(NodeKind kind) {
        EObject element = OrreryFactory.eINSTANCE.create(kind.eClass());
        if (element instanceof Host host) {
            for (int i = 0; i < HOST_PCPUS; i++) {
                PhysicalCpu cpu = OrreryFactory.eINSTANCE.createPhysicalCpu();
                cpu.setName("cpu" + i);
                cpu.setIndex(i);
                cpu.setCore(i);
                host.getPcpus().add(cpu);
            }
        }
        if (element instanceof VirtualMachine vm) {
            VirtualCpu cpu = OrreryFactory.eINSTANCE.createVirtualCpu();
            cpu.setName("vcpu0");
            vm.getVcpus().add(cpu);
        }
        if (element instanceof Clone clone) {
            clone.setArchitecture(Architecture.ARM);
        }
        return element;
    }

    /**
     * Gives {@code element} (and every unnamed element inside it) a name unused among
     * {@code siblings} and an id unused in {@code resource}: "host3", "vm12"...
     */
    public static void name(NamedElement element, List<?> siblings, Resource resource) {
        Set<String> taken = new HashSet<>();
        for (Object s : siblings) {
            if (s instanceof NamedElement n && n != element && n.getName() != null) {
                taken.add(n.getName());
            }
        }
        if (element.getName() == null || taken.contains(element.getName())) {
            String base = element.getName() != null ? element.getName() : stem(element);
            element.setName(free(base, taken, element.getName() != null));
        }
        element.setId(freeId(element.getName(), resource, element));
    }

    /**
     * New ids for {@code copy} and everything it contains (a pasted copy must not reuse the
     * original's ids), unique in {@code resource} and among each other.
     */
    public static void renewIds(EObject copy, Resource resource, Set<String> alsoTaken) {
        for (TreeIterator<EObject> it = EcoreUtil.getAllContents(List.of(copy)); it.hasNext();) {
            if (it.next() instanceof NamedElement n && n.getId() != null) {
                n.setId(null);
                String id = freeId(n.getName() != null ? n.getName() : stem(n), resource, n, alsoTaken);
                n.setId(id);
                alsoTaken.add(id);
            }
        }
    }

    private static String freeId(String name, Resource resource, EObject self, Set<String> alsoTaken) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        if (base.isEmpty()) {
            base = stem(self);
        }
        String id = base;
        for (int n = 2; isTaken(id, resource, self) || alsoTaken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String freeId(String name, Resource resource, EObject self) {
        return freeId(name, resource, self, Set.of());
    }

    private static boolean isTaken(String id, Resource resource, EObject self) {
        if (resource == null) {
            return false;
        }
        EObject holder = resource.getEObject(id);
        return holder != null && holder != self;
    }

    /** "host" for a Host, "vm" for a VM: the start of generated names. */
    static String stem(EObject element) {
        String name = element.eClass().getName();
        return switch (name) {
            case "VirtualMachine" -> "vm";
            case "PhoneInstance" -> "instance";
            case "SubstratePool" -> "pool";
            case "OverlayNetwork" -> "overlay";
            case "SwitchDaemon" -> "switch";
            case "OverlayRouter" -> "overlay-router";
            case "NetworkLink" -> "link";
            case "NetworkInterface" -> "eth";
            default -> name.toLowerCase(Locale.ROOT);
        };
    }

    private static String free(String base, Set<String> taken, boolean keepBase) {
        if (keepBase && !taken.contains(base)) {
            return base;
        }
        String stem = keepBase ? base + "-" : base;
        for (int n = keepBase ? 2 : 1;; n++) {
            if (!taken.contains(stem + n)) {
                return stem + n;
            }
        }
    }
}
