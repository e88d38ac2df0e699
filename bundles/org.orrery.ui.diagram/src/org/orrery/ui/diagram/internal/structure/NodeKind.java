package org.orrery.ui.diagram.internal.structure;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.orrery.model.OrreryPackage.Literals;

/**
 * Every kind of model element the deployment diagram draws as a box, with where it may be drawn
 * (its possible enclosing kinds), its palette group and its size when first created. The same
 * table drives the palette, creation, moving into another box and the automatic layout, so the
 * rules live in one place. Elements of other classes (CPUs, disks, NICs, images, experiments...)
 * are edited in the Properties view and the explorer.
 */
public enum NodeKind {
    FEDERATION(Literals.FEDERATION, Group.INFRASTRUCTURE, 560, 380, Literals.WORLD),
    CLOUD(Literals.CLOUD, Group.INFRASTRUCTURE, 640, 420, Literals.WORLD, Literals.FEDERATION),
    SITE(Literals.SITE, Group.INFRASTRUCTURE, 440, 250, Literals.CLOUD),
    HOST(Literals.HOST, Group.INFRASTRUCTURE, 200, 130, Literals.SITE),
    ROUTER(Literals.ROUTER, Group.INFRASTRUCTURE, 130, 48, Literals.SITE),
    DATASTORE(Literals.DATASTORE, Group.INFRASTRUCTURE, 140, 48, Literals.SITE, Literals.HOST),
    VIRTUAL_MACHINE(Literals.VIRTUAL_MACHINE, Group.VIRTUALIZATION, 150, 64, Literals.HOST, Literals.CLOUD),
    SUBSTRATE_POOL(Literals.SUBSTRATE_POOL, Group.VIRTUALIZATION, 260, 140, Literals.CLOUD),
    SUBSTRATE(Literals.SUBSTRATE, Group.VIRTUALIZATION, 170, 48, Literals.SUBSTRATE_POOL),
    OVERLAY(Literals.OVERLAY_NETWORK, Group.NETWORK, 280, 130, Literals.WORLD),
    SWITCH_DAEMON(Literals.SWITCH_DAEMON, Group.NETWORK, 140, 48, Literals.OVERLAY_NETWORK),
    OVERLAY_ROUTER(Literals.OVERLAY_ROUTER, Group.NETWORK, 140, 48, Literals.OVERLAY_NETWORK),
    PHONE(Literals.PHONE, Group.MOBILE, 300, 130, Literals.WORLD),
    PHONE_INSTANCE(Literals.PHONE_INSTANCE, Group.MOBILE, 150, 48, Literals.PHONE),
    CLONE(Literals.CLONE, Group.MOBILE, 150, 64, Literals.HOST, Literals.CLOUD);

    /** Palette drawers, in palette order. */
    public enum Group {
        INFRASTRUCTURE, VIRTUALIZATION, NETWORK, MOBILE
    }

    private static final Map<EClass, NodeKind> BY_CLASS = Stream.of(values())
            .collect(Collectors.toUnmodifiableMap(k -> k.eClass, Function.identity()));

    private final EClass eClass;
    private final Group group;
    private final int width;
    private final int height;
    private final List<EClass> enclosing;

    NodeKind(EClass eClass, Group group, int width, int height, EClass... enclosing) {
        this.eClass = eClass;
        this.group = group;
        this.width = width;
        this.height = height;
        this.enclosing = List.of(enclosing);
    }

    /** The kind drawing {@code element}, or {@code null} when the diagram does not draw its class. */
    public static NodeKind of(EObject element) {
        return element == null ? null : BY_CLASS.get(element.eClass());
    }

    public EClass eClass() {
        return eClass;
    }

    public Group group() {
        return group;
    }

    /** Width of a new box of this kind, in pixels at 100%. */
    public int width() {
        return width;
    }

    /** Height of a new box of this kind, in pixels at 100%. */
    public int height() {
        return height;
    }

    /** Classes of the elements (or the World, for the diagram itself) this kind may be drawn in. */
    public List<EClass> enclosing() {
        return enclosing;
    }

    /** Whether an element of this kind may be drawn in {@code container} (an element, or the World). */
    public boolean fitsIn(EObject container) {
        return container != null && enclosing.contains(container.eClass());
    }

    /** Whether elements of some kind may be drawn inside boxes of this kind. */
    public boolean holdsOthers() {
        return Stream.of(values()).anyMatch(k -> k.enclosing.contains(eClass));
    }
}
