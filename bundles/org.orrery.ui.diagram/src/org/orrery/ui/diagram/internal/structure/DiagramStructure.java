package org.orrery.ui.diagram.internal.structure;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.orrery.model.Cloud;
import org.orrery.model.Federation;
import org.orrery.model.Host;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.Phone;
import org.orrery.model.Site;
import org.orrery.model.SubstratePool;
import org.orrery.model.VirtualMachine;
import org.orrery.model.World;

/**
 * Which box an element is drawn in. Mostly containment (a site in its cloud, a host in its
 * site), with two readings of references where nesting says more than containment: a VM is
 * drawn in the host it is placed on (in its cloud while unplaced), and a cloud inside the first
 * federation that has it as a member. The diagram's layout follows this structure after every
 * change, wherever the change came from (diagram, Properties view, undo).
 */
public final class DiagramStructure {

    private final World world;

    public DiagramStructure(World world) {
        this.world = world;
    }

    public World world() {
        return world;
    }

    /** The element whose box holds {@code element}'s box, or the World for the diagram's top level. */
    public EObject parentOf(EObject element) {
        if (element instanceof Cloud cloud) {
            Federation federation = federationOf(cloud);
            return federation != null ? federation : world;
        }
        if (element instanceof VirtualMachine vm && drawn(vm.getHost())) {
            return vm.getHost();
        }
        return element.eContainer();
    }

    /** The elements drawn directly inside {@code parent} (an element or the World), in drawing order. */
    public List<EObject> childrenOf(EObject parent) {
        List<EObject> out = new ArrayList<>();
        if (parent instanceof World w) {
            w.getClouds().stream().filter(c -> federationOf(c) == null).forEach(out::add);
            out.addAll(w.getFederations());
            out.addAll(w.getOverlays());
            out.addAll(w.getPhones());
        } else if (parent instanceof Federation f) {
            f.getMembers().stream().filter(c -> federationOf(c) == f && drawn(c)).forEach(out::add);
        } else if (parent instanceof Cloud c) {
            out.addAll(c.getSites());
            out.addAll(c.getSubstratePools());
            c.getVirtualMachines().stream().filter(vm -> parentOf(vm) == c).forEach(out::add);
        } else if (parent instanceof Site s) {
            out.addAll(s.getHosts());
            out.addAll(s.getRouters());
            out.addAll(s.getDatastores());
        } else if (parent instanceof Host h) {
            out.addAll(h.getDatastores());
            h.getVirtualMachines().stream().filter(this::drawn).forEach(out::add);
        } else if (parent instanceof SubstratePool p) {
            out.addAll(p.getSubstrates());
        } else if (parent instanceof OverlayNetwork o) {
            out.addAll(o.getNodes());
        } else if (parent instanceof Phone p) {
            out.addAll(p.getInstances());
        }
        return out;
    }

    /** Whether the diagram draws {@code element}: a drawn kind, inside this world. */
    public boolean drawn(EObject element) {
        return NodeKind.of(element) != null && EcoreUtil.getRootContainer(element) == world;
    }

    /** The first federation (in model order) that lists {@code cloud} as a member: it draws the cloud. */
    public Federation federationOf(Cloud cloud) {
        for (Federation f : world.getFederations()) {
            if (f.getMembers().contains(cloud)) {
                return f;
            }
        }
        return null;
    }

    /** The cloud {@code element} belongs to (a host's, a site's...), or {@code null}. */
    public static Cloud cloudOf(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Cloud c) {
                return c;
            }
        }
        return null;
    }
}
