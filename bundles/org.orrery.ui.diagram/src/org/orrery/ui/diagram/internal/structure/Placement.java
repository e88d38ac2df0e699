package org.orrery.ui.diagram.internal.structure;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.orrery.model.Cloud;
import org.orrery.model.Federation;
import org.orrery.model.Host;
import org.orrery.model.OrreryPackage.Literals;
import org.orrery.model.VirtualMachine;
import org.orrery.model.World;

/**
 * What drawing an element inside a box means for the model, as EMF commands: mostly containment
 * (a host added to a site's hosts), and for the two boxes that read references, the reference:
 * a VM on a host is placed there (and belongs to that host's cloud); a cloud in a federation
 * becomes one of its members.
 */
public final class Placement {

    private final EditingDomain domain;
    private final DiagramStructure structure;

    public Placement(EditingDomain domain, DiagramStructure structure) {
        this.domain = domain;
        this.structure = structure;
    }

    /** Why {@code element} may not be drawn in {@code container}, or {@code null} when it may. */
    public static String refusal(NodeKind kind, EObject container) {
        return kind.fitsIn(container) ? null : KindTexts.text(kind, "where");
    }

    /** The model list a new element of {@code kind} drawn in {@code container} joins (for naming). */
    public List<?> siblings(NodeKind kind, EObject container) {
        if (kind == NodeKind.CLOUD) {
            return structure.world().getClouds();
        }
        if (container instanceof Host host && isVm(kind)) {
            Cloud cloud = DiagramStructure.cloudOf(host);
            return cloud == null ? List.of() : cloud.getVirtualMachines();
        }
        EReference feature = containment(container, kind);
        return feature == null ? List.of() : (List<?>) container.eGet(feature);
    }

    /** Adds a new {@code element} to the model so that it is drawn in {@code container}. */
    public Command add(EObject element, EObject container) {
        NodeKind kind = NodeKind.of(element);
        World world = structure.world();
        if (kind == NodeKind.CLOUD) {
            Command add = AddCommand.create(domain, world, Literals.WORLD__CLOUDS, element);
            return container instanceof Federation f
                    ? chain(add, AddCommand.create(domain, f, Literals.FEDERATION__MEMBERS, element))
                    : add;
        }
        if (container instanceof Host host && element instanceof VirtualMachine vm) {
            Cloud cloud = DiagramStructure.cloudOf(host);
            return chain(AddCommand.create(domain, cloud, Literals.CLOUD__VIRTUAL_MACHINES, vm),
                    SetCommand.create(domain, vm, Literals.VIRTUAL_MACHINE__HOST, host));
        }
        return AddCommand.create(domain, container, containment(container, kind), element);
    }

    /**
     * Moves {@code element}, already in the model, so that it is drawn in {@code container};
     * {@code null} when it is drawn there already.
     */
    public Command move(EObject element, EObject container) {
        EObject from = structure.parentOf(element);
        if (from == container) {
            return null;
        }
        NodeKind kind = NodeKind.of(element);
        if (kind == NodeKind.CLOUD) {
            CompoundCommand move = new CompoundCommand();
            if (from instanceof Federation f) {
                move.append(RemoveCommand.create(domain, f, Literals.FEDERATION__MEMBERS, element));
            }
            if (container instanceof Federation f) {
                move.append(AddCommand.create(domain, f, Literals.FEDERATION__MEMBERS, element));
            }
            return move.unwrap();
        }
        if (element instanceof VirtualMachine vm) {
            Cloud target = DiagramStructure.cloudOf(container);
            CompoundCommand move = new CompoundCommand();
            if (target != vm.eContainer()) {
                move.append(containmentMove(vm, target, Literals.CLOUD__VIRTUAL_MACHINES));
            }
            Host host = container instanceof Host h ? h : null;
            if (vm.getHost() != host) {
                move.append(SetCommand.create(domain, vm, Literals.VIRTUAL_MACHINE__HOST,
                        host != null ? host : SetCommand.UNSET_VALUE));
            }
            return move.unwrap();
        }
        return containmentMove(element, container, containment(container, kind));
    }

    private Command containmentMove(EObject element, EObject container, EReference feature) {
        // Remove, then add: undo puts the element back where it was, at its old index.
        return chain(RemoveCommand.create(domain, element.eContainer(), element.eContainmentFeature(), element),
                AddCommand.create(domain, container, feature, element));
    }

    private static boolean isVm(NodeKind kind) {
        return kind == NodeKind.VIRTUAL_MACHINE || kind == NodeKind.CLONE;
    }

    /** The containment of {@code container} that holds elements of {@code kind}. */
    static EReference containment(EObject container, NodeKind kind) {
        for (EReference r : container.eClass().getEAllContainments()) {
            if (r.getEReferenceType().isSuperTypeOf(kind.eClass())) {
                return r;
            }
        }
        return null;
    }

    private static Command chain(Command first, Command second) {
        CompoundCommand both = new CompoundCommand();
        both.append(first);
        both.append(second);
        return both;
    }
}
