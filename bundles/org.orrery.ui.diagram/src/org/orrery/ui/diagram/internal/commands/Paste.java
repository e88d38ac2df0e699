package org.orrery.ui.diagram.internal.commands;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.orrery.model.Cloud;
import org.orrery.model.NamedElement;
import org.orrery.model.OrreryPackage;
import org.orrery.model.notation.Node;
import org.orrery.ui.diagram.internal.notation.NodeMetrics;
import org.orrery.ui.diagram.internal.structure.DiagramStructure;
import org.orrery.ui.diagram.internal.structure.NewElements;
import org.orrery.ui.diagram.internal.structure.NodeKind;

/**
 * Pasting copied boxes: copies of the elements (with all they contain, new ids, names unique
 * where they land) drawn with their boxes' layout, into the box the user selected when their
 * kind fits there, otherwise beside the originals. References from a copy to what was not
 * copied are kept (an instance type, an image), except references with an opposite side, which
 * would take the original's place (a host's VMs, a phone instance's clone); a VM copied with its
 * host lands on the host's copy.
 */
final class Paste {

    /** How far a paste beside the originals is shifted, so that the copies are seen. */
    static final int OFFSET = 20;

    private final DiagramContext context;
    private final DiagramCommands commands;

    Paste(DiagramContext context, DiagramCommands commands) {
        this.context = context;
        this.commands = commands;
    }

    /** Copies of what {@code copied} draws, pasted into {@code target} (null: beside the originals); null if nothing is left to paste. */
    Command paste(List<Node> copied, EObject target, int times) {
        DiagramStructure structure = context.structure();
        List<Node> live = copied.stream().filter(n -> structure.drawn(n.getElement()) && n.eResource() != null).toList();
        if (live.isEmpty()) {
            return null;
        }
        Set<EObject> selected = new HashSet<>();
        live.forEach(n -> selected.add(n.getElement()));
        // Elements contained in another copied element come along with it.
        List<Node> roots = live.stream().filter(n -> !containedInAny(n.getElement(), selected)).toList();
        Copier copier = new Copier();
        List<EObject> originals = roots.stream().map(Node::getElement).toList();
        copier.copyAll(originals);
        // Nodes whose element is drawn inside another copied element's box ride in that box's copy.
        List<Node> tops = roots.stream().filter(n -> !drawnInsideAny(n.getElement(), selected)).toList();
        copier.copyAll(tops);
        copier.copyReferences();

        CompoundCommand paste = new CompoundCommand(Messages.Command_paste);
        Set<String> ids = new HashSet<>();
        List<NamedElement> named = new ArrayList<>();
        int stagger = 0;
        for (Node original : roots) {
            EObject element = original.getElement();
            EObject copy = copier.get(element);
            NewElements.renewIds(copy, context.world().eResource(), ids);
            EObject container = containerFor(element, target, selected, copier);
            if (container == null) {
                continue;
            }
            NodeKind kind = NodeKind.of(element);
            List<Object> siblings = new ArrayList<>(context.placement().siblings(kind, container));
            siblings.addAll(named);
            NewElements.name((NamedElement) copy, siblings, context.world().eResource());
            ids.add(((NamedElement) copy).getId());
            named.add((NamedElement) copy);
            if (copier.containsKey(structure.parentOf(element))) {
                // A VM on a copied host: it joins the cloud the host's copy goes to.
                Cloud cloud = DiagramStructure.cloudOf(containerFor(structure.parentOf(element), target, selected, copier));
                paste.append(AddCommand.create(context.domain(), cloud, OrreryPackage.Literals.CLOUD__VIRTUAL_MACHINES, copy));
                continue;
            }
            paste.append(context.placement().add(copy, container));
            Node nodeCopy = (Node) copier.get(original);
            if (nodeCopy == null) {
                // Drawn inside another copied box that did not come along: the layout places it.
                continue;
            }
            prune(nodeCopy, copier);
            Node containerNode = container == context.world() ? null : context.nodes().nodeOf(container);
            boolean beside = container == structure.parentOf(element);
            int top = containerNode == null ? NodeMetrics.MARGIN : context.metrics().headerHeight(container);
            Rectangle bounds = beside
                    ? new Rectangle(original.getX() + OFFSET * times, original.getY() + OFFSET * times, original.getWidth(),
                            original.getHeight())
                    : new Rectangle(NodeMetrics.PAD + OFFSET * stagger, top + OFFSET * stagger++, original.getWidth(),
                            original.getHeight());
            commands.setBounds(nodeCopy, bounds);
            paste.append(commands.addNode(containerNode, nodeCopy));
        }
        return paste.isEmpty() ? null : paste;
    }

    /** Where the copy of {@code element} goes: the target if its kind fits there, else where the original is. */
    private EObject containerFor(EObject element, EObject target, Set<EObject> selected, Copier copier) {
        NodeKind kind = NodeKind.of(element);
        if (target != null && !selected.contains(target) && kind.fitsIn(target)) {
            return target;
        }
        EObject parent = context.structure().parentOf(element);
        return copier.containsKey(parent) ? copier.get(parent) : parent;
    }

    private static boolean containedInAny(EObject element, Set<EObject> selected) {
        for (EObject e = element.eContainer(); e != null; e = e.eContainer()) {
            if (selected.contains(e)) {
                return true;
            }
        }
        return false;
    }

    private boolean drawnInsideAny(EObject element, Set<EObject> selected) {
        DiagramStructure structure = context.structure();
        for (EObject e = structure.parentOf(element); e != null && e != context.world(); e = structure.parentOf(e)) {
            if (selected.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** Drops, from a copied node, the nodes of elements that were not copied (they stay with the originals). */
    private static void prune(Node node, Copier copier) {
        for (Iterator<Node> it = node.getChildren().iterator(); it.hasNext();) {
            Node child = it.next();
            if (!copier.containsValue(child.getElement())) {
                it.remove();
            } else {
                prune(child, copier);
            }
        }
    }

    /** EMF's copier, minus references whose opposite side would be stolen from an original. */
    private static final class Copier extends EcoreUtil.Copier {
        private static final long serialVersionUID = 1L;

        @Override
        protected void copyReference(EReference reference, EObject object, EObject copy) {
            if (reference.getEOpposite() != null && !allCopied(object.eGet(reference))) {
                return;
            }
            super.copyReference(reference, object, copy);
        }

        private boolean allCopied(Object value) {
            if (value instanceof List<?> list) {
                return list.stream().allMatch(this::containsKey);
            }
            return value == null || containsKey(value);
        }
    }
}
