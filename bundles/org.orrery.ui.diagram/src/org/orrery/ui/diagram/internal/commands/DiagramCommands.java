package org.orrery.ui.diagram.internal.commands;

import java.util.List;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.orrery.model.NamedElement;
import org.orrery.model.OrreryPackage;
import org.orrery.model.notation.Node;
import org.orrery.model.notation.NotationFactory;
import org.orrery.model.notation.NotationPackage.Literals;
import org.orrery.ui.diagram.internal.structure.ConnectionKind;
import org.orrery.ui.diagram.internal.structure.DerivedConnection;
import org.orrery.ui.diagram.internal.structure.KindTexts;
import org.orrery.ui.diagram.internal.structure.NewElements;
import org.orrery.ui.diagram.internal.structure.NodeKind;
import org.orrery.ui.diagram.internal.structure.NodeLabels;

/**
 * The EMF commands of the diagram's gestures. Each changes the model and its layout in one step
 * (a new host and its node, a VM moved to another host and its node moved into that host's
 * node), so one undo takes back what the user did.
 */
public final class DiagramCommands {

    private final DiagramContext context;

    public DiagramCommands(DiagramContext context) {
        this.context = context;
    }

    private EditingDomain domain() {
        return context.domain();
    }

    /**
     * Creates {@code element} (new, from the palette) inside {@code container} (an element, or
     * the World), drawn at {@code bounds} inside {@code containerNode} (null: the diagram).
     */
    public Command create(EObject element, EObject container, Node containerNode, Rectangle bounds) {
        NodeKind kind = NodeKind.of(element);
        NewElements.name((NamedElement) element, context.placement().siblings(kind, container),
                context.world().eResource());
        Node node = NotationFactory.eINSTANCE.createNode();
        node.setElement(element);
        setBounds(node, bounds);
        CompoundCommand create = new CompoundCommand(Messages.bind(Messages.Command_create, KindTexts.label(kind)));
        create.append(context.placement().add(element, container));
        create.append(addNode(containerNode, node));
        return create;
    }

    /** Moves or resizes {@code node} within its box. */
    public Command bounds(Node node, Rectangle bounds) {
        CompoundCommand change = new CompoundCommand(node.getWidth() == bounds.width && node.getHeight() == bounds.height
                ? Messages.Command_move : Messages.Command_resize);
        set(change, node, Literals.NODE__X, bounds.x);
        set(change, node, Literals.NODE__Y, bounds.y);
        set(change, node, Literals.NODE__WIDTH, bounds.width);
        set(change, node, Literals.NODE__HEIGHT, bounds.height);
        return change;
    }

    /**
     * Moves {@code node}'s element into {@code container} (drawn by {@code containerNode}, null:
     * the diagram) at {@code bounds}: a VM to another host, a host to another site...
     */
    public Command reparent(Node node, EObject container, Node containerNode, Rectangle bounds) {
        EObject element = node.getElement();
        CompoundCommand move = new CompoundCommand(
                Messages.bind(Messages.Command_moveInto, NodeLabels.title(element), NodeLabels.title(container)));
        Command semantic = context.placement().move(element, container);
        if (semantic != null) {
            move.append(semantic);
        }
        move.append(RemoveCommand.create(domain(), node.eContainer(), node.eContainmentFeature(), node));
        move.append(addNode(containerNode, node));
        CompoundCommand place = (CompoundCommand) bounds(node, bounds);
        if (!place.isEmpty()) {
            move.append(place);
        }
        return move;
    }

    /** Deletes {@code node}'s element from the model (and every reference to it) and its node. */
    public Command delete(Node node) {
        CompoundCommand delete = new CompoundCommand(Messages.bind(Messages.Command_delete, NodeLabels.title(node.getElement())));
        // The node first: the element's deletion then finds no layout reference to clear.
        delete.append(RemoveCommand.create(domain(), node.eContainer(), node.eContainmentFeature(), node));
        delete.append(DeleteCommand.create(domain(), node.getElement()));
        return delete;
    }

    /** Renames {@code element}. */
    public Command rename(EObject element, String name) {
        Command set = SetCommand.create(domain(), element, OrreryPackage.Literals.NAMED_ELEMENT__NAME, name);
        return label(set, Messages.bind(Messages.Command_rename, NodeLabels.title(element)));
    }

    /** Draws a new line of {@code kind} from {@code source} to {@code target}. */
    public Command connect(ConnectionKind kind, EObject source, EObject target) {
        return label(kind.connect(domain(), context.world(), source, target),
                Messages.bind(Messages.Command_connect, KindTexts.label(kind)));
    }

    /** Moves one end of {@code line} so that it joins {@code source} and {@code target}. */
    public Command reconnect(DerivedConnection line, EObject source, EObject target) {
        return label(line.kind().reconnect(domain(), line, source, target),
                Messages.bind(Messages.Command_reconnect, KindTexts.label(line.kind())));
    }

    /** Removes {@code line} from the model. */
    public Command deleteLine(DerivedConnection line) {
        return label(line.kind().delete(domain(), line), Messages.bind(Messages.Command_delete, KindTexts.label(line.kind())));
    }

    /**
     * Pastes copies of the elements {@code copied} draws into {@code target} (an element; null:
     * beside the originals), shifted by the {@code times}-th paste; {@code null} if nothing is left.
     */
    public Command paste(List<Node> copied, EObject target, int times) {
        return new Paste(context, this).paste(copied, target, times);
    }

    /** Lays the whole diagram out anew. */
    public Command arrangeAll() {
        return new LayoutChange(context.diagram(), Messages.Command_arrange, () -> context.sync().arrangeAll(context.diagram()));
    }

    /** Adds {@code node} to {@code containerNode}'s children, or to the diagram's top level. */
    Command addNode(Node containerNode, Node node) {
        return containerNode == null ? AddCommand.create(domain(), context.diagram(), Literals.DIAGRAM__NODES, node)
                : AddCommand.create(domain(), containerNode, Literals.NODE__CHILDREN, node);
    }

    /** Gives a new node its bounds; a size of -1 (a click, not a drag) means the kind's own. */
    void setBounds(Node node, Rectangle bounds) {
        node.setX(bounds.x);
        node.setY(bounds.y);
        node.setWidth(bounds.width > 0 ? bounds.width : context.metrics().emptyWidth(node.getElement()));
        node.setHeight(bounds.height > 0 ? bounds.height : context.metrics().emptyHeight(node.getElement()));
    }

    private void set(CompoundCommand change, Node node, EStructuralFeature feature, int value) {
        if (!Integer.valueOf(value).equals(node.eGet(feature))) {
            change.append(SetCommand.create(domain(), node, feature, value));
        }
    }

    /** {@code command} under a label the Edit menu shows ("Undo Rename web1"). */
    static Command label(Command command, String label) {
        return new CompoundCommand(label, List.of(command));
    }
}
