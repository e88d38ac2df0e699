package org.orrery.model.validation;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.orrery.model.NamedElement;

/**
 * How objects and features are named in messages: {@code host "node1"}, {@code optimal utilization}.
 * Public so that other bundles' messages about model objects (the experiment bridge's) name them
 * the way validation does.
 */
public final class Labels {

    /** Kinds whose words read better than their split class names. */
    private static final Map<String, String> KIND_WORDS = Map.of("PhysicalCpu", "pCPU", "VirtualCpu", "vCPU",
            "World", "model", "Clone", "clone VM");

    /** Unit suffixes of attribute names (memoryMB, latencyMs, atS) keep their spelling. */
    private static final Map<String, String> UNIT_WORDS = Map.of("MB", "(MB)", "GB", "(GB)", "KB", "(KB)", "Mbps",
            "(Mbit/s)", "MBps", "(MB/s)", "GHz", "(GHz)", "S", "(s)", "Ms", "(ms)", "Us", "(us)");

    private Labels() {
    }

    /** The object's kind and name (or id), e.g. {@code scenario step "migrate web1"}. */
    public static String of(EObject object) {
        String kind = kind(object);
        if (object instanceof NamedElement named) {
            if (named.getName() != null && !named.getName().isBlank()) {
                return kind + " \"" + named.getName() + "\"";
            }
            if (named.getId() != null && !named.getId().isBlank()) {
                return kind + " #" + named.getId();
            }
        }
        EObject container = object.eContainer();
        return container == null ? "an unnamed " + kind : "an unnamed " + kind + " of " + of(container);
    }

    /** The object and its container, for objects that are only told apart by where they are. */
    public static String withContainer(EObject object) {
        return object.eContainer() == null ? of(object) : of(object) + " of " + of(object.eContainer());
    }

    static String list(Collection<? extends EObject> objects) {
        return objects.stream().map(Labels::withContainer).collect(Collectors.joining(", "));
    }

    static String kind(EObject object) {
        String className = object.eClass().getName();
        return KIND_WORDS.getOrDefault(className, words(className));
    }

    /** "optimalUtilization" becomes "optimal utilization". */
    static String words(ENamedElement element) {
        return words(element.getName());
    }

    private static String words(String camel) {
        String spaced = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
        return Arrays.stream(spaced.split(" ")).map(token -> UNIT_WORDS.getOrDefault(token, token.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(" "));
    }
}
