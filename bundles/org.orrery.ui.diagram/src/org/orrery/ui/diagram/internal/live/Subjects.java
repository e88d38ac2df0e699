package org.orrery.ui.diagram.internal.live;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.orrery.model.NamedElement;
import org.orrery.model.NetworkLink;
import org.orrery.model.VirtualMachine;
import org.orrery.model.World;

/**
 * The model elements of an open diagram by the subjects telemetry names them with. The simulator
 * names an element {@code kind/ID} (e.g. {@code vm/web1}, {@code host/a1}); the libvirt engine
 * names a domain {@code vm/NAME} and a host {@code host/ID}; a view may also hand over a bare id.
 * A sub-object's subject ({@code vm/web1/vcpu0}) or a subject made unique with a suffix
 * ({@code vm/web1#2}) finds its element.
 */
final class Subjects {

    private final Map<String, EObject> bySubject = new HashMap<>();

    Subjects(World world) {
        for (var it = world.eAllContents(); it.hasNext();) {
            if (it.next() instanceof NamedElement element) {
                String prefix = prefix(element);
                if (element.getName() != null) {
                    bySubject.putIfAbsent(prefix + "/" + element.getName(), element);
                }
                if (element.getId() != null && !element.getId().isBlank()) {
                    // ids win over names: put last, replacing a name that happens to look like an id
                    bySubject.put(prefix + "/" + element.getId(), element);
                    bySubject.put(element.getId(), element);
                }
            }
        }
    }

    /** The element {@code subject} is about, or {@code null}. */
    EObject find(String subject) {
        if (subject == null) {
            return null;
        }
        EObject found = bySubject.get(subject);
        if (found != null) {
            return found;
        }
        String s = subject;
        int hash = s.indexOf('#');
        if (hash > 0) {
            s = s.substring(0, hash);
        }
        int first = s.indexOf('/');
        int second = first < 0 ? -1 : s.indexOf('/', first + 1);
        if (second > 0) {
            s = s.substring(0, second);
        }
        return bySubject.get(s);
    }

    private static String prefix(NamedElement element) {
        return element instanceof VirtualMachine ? "vm"
                : element instanceof NetworkLink ? "link" : element.eClass().getName().toLowerCase(Locale.ROOT);
    }
}
