package org.orrery.ui.diagram.internal.structure;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.orrery.model.Clone;
import org.orrery.model.NamedElement;
import org.orrery.model.NetworkEndpoint;
import org.orrery.model.NetworkInterface;
import org.orrery.model.NetworkLink;
import org.orrery.model.OrreryFactory;
import org.orrery.model.OrreryPackage.Literals;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.OverlayNode;
import org.orrery.model.PhoneInstance;
import org.orrery.model.Substrate;
import org.orrery.model.Tunnel;
import org.orrery.model.VirtualMachine;
import org.orrery.model.World;

/**
 * The lines of the diagram. None is stored as layout: each is read from the model, and each has
 * a <em>carrier</em>, the model object whose existence or reference makes the line (a network
 * link, a VM's network interface on an overlay, a clone's phone instance, a VM's substrate, a
 * tunnel). Connecting, reconnecting and deleting a line edit that carrier; connecting elements
 * the model cannot join is refused with the reason.
 */
public enum ConnectionKind {

    /** A physical link between sites, hosts and routers, labelled with its bandwidth. */
    NETWORK_LINK {
        @Override
        void collect(World world, Sink sink) {
            for (NetworkLink link : world.getLinks()) {
                sink.accept(this, link, link.getSource(), link.getTarget());
            }
        }

        @Override
        String refusal(EObject source, EObject target, EObject carrier) {
            return betweenTwo(NetworkEndpoint.class, source, target);
        }

        @Override
        Command create(EditingDomain domain, World world, EObject source, EObject target) {
            NetworkLink link = OrreryFactory.eINSTANCE.createNetworkLink();
            link.setSource((NetworkEndpoint) source);
            link.setTarget((NetworkEndpoint) target);
            return addNamed(domain, link, source, target, world, Literals.WORLD__LINKS);
        }

        @Override
        Command reconnect(EditingDomain domain, EObject carrier, EObject source, EObject target) {
            return moveEnd(domain, carrier, Literals.NETWORK_LINK__SOURCE, Literals.NETWORK_LINK__TARGET, source, target);
        }

        @Override
        Command delete(EditingDomain domain, EObject carrier) {
            return DeleteCommand.create(domain, carrier);
        }
    },

    /** A VM's network interface on an overlay network. */
    OVERLAY_MEMBERSHIP {
        @Override
        void collect(World world, Sink sink) {
            world.getClouds().forEach(c -> c.getVirtualMachines().forEach(vm -> vm.getNics().forEach(nic -> {
                if (nic.getOverlay() != null) {
                    sink.accept(this, nic, vm, nic.getOverlay());
                }
            })));
        }

        @Override
        String refusal(EObject source, EObject target, EObject carrier) {
            if (!(source instanceof VirtualMachine vm)) {
                return KindTexts.text(this, "source", word(source));
            }
            if (target == null) {
                return null;
            }
            if (!(target instanceof OverlayNetwork overlay)) {
                return KindTexts.text(this, "target", word(target));
            }
            boolean already = vm.getNics().stream().anyMatch(n -> n != carrier && n.getOverlay() == overlay);
            return already ? KindTexts.text(this, "already", NodeLabels.title(vm), NodeLabels.title(overlay)) : null;
        }

        @Override
        Command create(EditingDomain domain, World world, EObject source, EObject target) {
            VirtualMachine vm = (VirtualMachine) source;
            // Attach a NIC that is on no overlay yet before adding another one.
            for (NetworkInterface nic : vm.getNics()) {
                if (nic.getOverlay() == null) {
                    return SetCommand.create(domain, nic, Literals.NETWORK_INTERFACE__OVERLAY, target);
                }
            }
            NetworkInterface nic = OrreryFactory.eINSTANCE.createNetworkInterface();
            nic.setName("eth" + vm.getNics().size());
            nic.setOverlay((OverlayNetwork) target);
            return AddCommand.create(domain, vm, Literals.VIRTUAL_MACHINE__NICS, nic);
        }

        @Override
        Command reconnect(EditingDomain domain, EObject carrier, EObject source, EObject target) {
            NetworkInterface nic = (NetworkInterface) carrier;
            if (nic.eContainer() != source) {
                CompoundCommand move = new CompoundCommand();
                move.append(RemoveCommand.create(domain, nic.eContainer(), Literals.VIRTUAL_MACHINE__NICS, nic));
                move.append(AddCommand.create(domain, source, Literals.VIRTUAL_MACHINE__NICS, nic));
                return move;
            }
            return leave(domain, nic, target);
        }

        @Override
        Command delete(EditingDomain domain, EObject carrier) {
            return leave(domain, (NetworkInterface) carrier, null);
        }

        /** Moves the NIC to {@code overlay} (or off any); its subnet belonged to the old overlay. */
        private Command leave(EditingDomain domain, NetworkInterface nic, EObject overlay) {
            CompoundCommand change = new CompoundCommand();
            change.append(SetCommand.create(domain, nic, Literals.NETWORK_INTERFACE__OVERLAY,
                    overlay == null ? SetCommand.UNSET_VALUE : overlay));
            if (nic.getSubnet() != null) {
                change.append(SetCommand.create(domain, nic, Literals.NETWORK_INTERFACE__SUBNET, SetCommand.UNSET_VALUE));
            }
            return change.unwrap();
        }
    },

    /** A phone instance and the clone that augments it in the cloud. */
    CLONE_OF {
        @Override
        void collect(World world, Sink sink) {
            world.getClouds().forEach(c -> c.getVirtualMachines().forEach(vm -> {
                if (vm instanceof Clone clone && clone.getInstance() != null) {
                    sink.accept(this, clone, clone.getInstance(), clone);
                }
            }));
        }

        @Override
        String refusal(EObject source, EObject target, EObject carrier) {
            if (!(source instanceof PhoneInstance instance)) {
                return KindTexts.text(this, "source", word(source));
            }
            if (instance.getClone() != null && instance.getClone() != carrier) {
                return KindTexts.text(this, "sourceTaken", NodeLabels.title(instance), NodeLabels.title(instance.getClone()));
            }
            if (target == null) {
                return null;
            }
            if (!(target instanceof Clone clone)) {
                return KindTexts.text(this, "target", word(target));
            }
            boolean taken = clone.getInstance() != null && clone != carrier;
            return taken ? KindTexts.text(this, "targetTaken", NodeLabels.title(clone), NodeLabels.title(clone.getInstance())) : null;
        }

        @Override
        Command create(EditingDomain domain, World world, EObject source, EObject target) {
            return SetCommand.create(domain, target, Literals.CLONE__INSTANCE, source);
        }

        @Override
        Command reconnect(EditingDomain domain, EObject carrier, EObject source, EObject target) {
            return moveReference(domain, Literals.CLONE__INSTANCE, carrier, target, source);
        }

        @Override
        Command delete(EditingDomain domain, EObject carrier) {
            return SetCommand.create(domain, carrier, Literals.CLONE__INSTANCE, SetCommand.UNSET_VALUE);
        }
    },

    /** The substrate a VM was activated from. */
    ACTIVATED_FROM {
        @Override
        void collect(World world, Sink sink) {
            world.getClouds().forEach(c -> c.getVirtualMachines().forEach(vm -> {
                if (vm.getActivatedFrom() != null) {
                    sink.accept(this, vm, vm, vm.getActivatedFrom());
                }
            }));
        }

        @Override
        String refusal(EObject source, EObject target, EObject carrier) {
            if (!(source instanceof VirtualMachine vm)) {
                return KindTexts.text(this, "source", word(source));
            }
            if (vm.getActivatedFrom() != null && vm != carrier) {
                return KindTexts.text(this, "sourceTaken", NodeLabels.title(vm), NodeLabels.title(vm.getActivatedFrom()));
            }
            return target == null || target instanceof Substrate ? null : KindTexts.text(this, "target", word(target));
        }

        @Override
        Command create(EditingDomain domain, World world, EObject source, EObject target) {
            return SetCommand.create(domain, source, Literals.VIRTUAL_MACHINE__ACTIVATED_FROM, target);
        }

        @Override
        Command reconnect(EditingDomain domain, EObject carrier, EObject source, EObject target) {
            return moveReference(domain, Literals.VIRTUAL_MACHINE__ACTIVATED_FROM, carrier, source, target);
        }

        @Override
        Command delete(EditingDomain domain, EObject carrier) {
            return SetCommand.create(domain, carrier, Literals.VIRTUAL_MACHINE__ACTIVATED_FROM, SetCommand.UNSET_VALUE);
        }
    },

    /** A tunnel between two nodes of one overlay network. */
    TUNNEL {
        @Override
        void collect(World world, Sink sink) {
            world.getOverlays().forEach(o -> o.getTunnels().forEach(t -> sink.accept(this, t, t.getSource(), t.getTarget())));
        }

        @Override
        String refusal(EObject source, EObject target, EObject carrier) {
            String ends = betweenTwo(OverlayNode.class, source, target);
            if (ends != null || target == null || source.eContainer() == target.eContainer()) {
                return ends;
            }
            return KindTexts.text(this, "foreign", NodeLabels.title(source), NodeLabels.title(source.eContainer()),
                    NodeLabels.title(target), NodeLabels.title(target.eContainer()));
        }

        @Override
        Command create(EditingDomain domain, World world, EObject source, EObject target) {
            Tunnel tunnel = OrreryFactory.eINSTANCE.createTunnel();
            tunnel.setSource((OverlayNode) source);
            tunnel.setTarget((OverlayNode) target);
            return addNamed(domain, tunnel, source, target, source.eContainer(), Literals.OVERLAY_NETWORK__TUNNELS);
        }

        @Override
        Command reconnect(EditingDomain domain, EObject carrier, EObject source, EObject target) {
            return moveEnd(domain, carrier, Literals.TUNNEL__SOURCE, Literals.TUNNEL__TARGET, source, target);
        }

        @Override
        Command delete(EditingDomain domain, EObject carrier) {
            return DeleteCommand.create(domain, carrier);
        }
    };

    /** Receives the lines found in a model. */
    @FunctionalInterface
    public interface Sink {
        void accept(ConnectionKind kind, EObject carrier, EObject source, EObject target);
    }

    /** Reports every line of this kind in {@code world}. */
    abstract void collect(World world, Sink sink);

    /**
     * Why a line of this kind may not join {@code source} to {@code target}, or {@code null}.
     * {@code target} is {@code null} while the user has only picked the source; {@code carrier}
     * is the line being reconnected ({@code null} for a new one), which does not count against itself.
     */
    abstract String refusal(EObject source, EObject target, EObject carrier);

    abstract Command create(EditingDomain domain, World world, EObject source, EObject target);

    /** Moves line {@code carrier} to join {@code source} and {@code target} (one of them is new). */
    abstract Command reconnect(EditingDomain domain, EObject carrier, EObject source, EObject target);

    abstract Command delete(EditingDomain domain, EObject carrier);

    /** Why {@code source} cannot start a line of this kind, or {@code null}. */
    public String sourceRefusal(EObject source) {
        return refusal(source, null, null);
    }

    /** Why a new line from {@code source} to {@code target} is refused, or {@code null}. */
    public String connectRefusal(EObject source, EObject target) {
        return refusal(source, target, null);
    }

    /** Why moving {@code line} to join {@code source} and {@code target} is refused, or {@code null}. */
    public String reconnectRefusal(DerivedConnection line, EObject source, EObject target) {
        return refusal(source, target, line.carrier());
    }

    /** A new line from {@code source} to {@code target}; check {@link #connectRefusal} first. */
    public Command connect(EditingDomain domain, World world, EObject source, EObject target) {
        return create(domain, world, source, target);
    }

    /** Moves {@code line} to join {@code source} and {@code target}; check {@link #reconnectRefusal} first. */
    public Command reconnect(EditingDomain domain, DerivedConnection line, EObject source, EObject target) {
        return reconnect(domain, line.carrier(), source, target);
    }

    /** Removes {@code line} from the model (its carrier, or the carrier's reference). */
    public Command delete(EditingDomain domain, DerivedConnection line) {
        return delete(domain, line.carrier());
    }

    /** Every line of every kind in {@code world}. */
    public static void collectAll(World world, Sink sink) {
        for (ConnectionKind kind : values()) {
            kind.collect(world, sink);
        }
    }

    /** Why a line of this kind may not join these two: both must be {@code type}s, and different ones. */
    String betweenTwo(Class<?> type, EObject source, EObject target) {
        if (!type.isInstance(source)) {
            return KindTexts.text(this, "source", word(source));
        }
        if (target == null) {
            return null;
        }
        if (!type.isInstance(target)) {
            return KindTexts.text(this, "target", word(target));
        }
        return source == target ? KindTexts.text(this, "self") : null;
    }

    /** Adds a new two-ended line (a link, a tunnel) to {@code owner}, named after its ends ("a1-gw-a"). */
    static Command addNamed(EditingDomain domain, NamedElement line, EObject source, EObject target, EObject owner,
            EReference feature) {
        line.setName(NodeLabels.title(source) + "-" + NodeLabels.title(target));
        NewElements.name(line, (List<?>) owner.eGet(feature), owner.eResource());
        return AddCommand.create(domain, owner, feature, line);
    }

    /**
     * Moves a line that is one single-valued reference of its carrier (a clone's instance, a
     * VM's substrate): set again on the same carrier, or moved from {@code carrier} to
     * {@code newCarrier}.
     */
    static Command moveReference(EditingDomain domain, EReference reference, EObject carrier, EObject newCarrier,
            EObject value) {
        if (carrier == newCarrier) {
            return SetCommand.create(domain, carrier, reference, value);
        }
        CompoundCommand move = new CompoundCommand();
        move.append(SetCommand.create(domain, carrier, reference, SetCommand.UNSET_VALUE));
        move.append(SetCommand.create(domain, newCarrier, reference, value));
        return move;
    }

    /** Moves whichever end of a two-ended line the user dragged. */
    static Command moveEnd(EditingDomain domain, EObject line, EReference sourceEnd, EReference targetEnd, EObject source,
            EObject target) {
        return line.eGet(sourceEnd) != source ? SetCommand.create(domain, line, sourceEnd, source)
                : SetCommand.create(domain, line, targetEnd, target);
    }

    private static String word(EObject element) {
        NodeKind kind = NodeKind.of(element);
        return kind == null ? element.eClass().getName() : KindTexts.label(kind).toLowerCase(Locale.ROOT);
    }
}
