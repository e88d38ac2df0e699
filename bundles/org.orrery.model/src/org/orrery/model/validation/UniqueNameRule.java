package org.orrery.model.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.orrery.model.NamedElement;

/**
 * Siblings held in the same list (the hosts of a site, the VMs of a cloud) need distinct names,
 * so a person, a scenario step or a report can tell them apart. Objects in different lists
 * (hosts of two sites) may share a name: their ids tell them apart.
 */
final class UniqueNameRule extends ConstraintRule<EObject> {

    UniqueNameRule() {
        super(EObject.class);
    }

    @Override
    protected void verify(EObject container, Report report) {
        for (EReference containment : container.eClass().getEAllContainments()) {
            if (!containment.isMany()) {
                continue;
            }
            Map<String, List<NamedElement>> byName = new LinkedHashMap<>();
            for (Object child : (List<?>) container.eGet(containment)) {
                if (child instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
                    byName.computeIfAbsent(named.getName(), name -> new ArrayList<>()).add(named);
                }
            }
            for (Map.Entry<String, List<NamedElement>> entry : byName.entrySet()) {
                List<NamedElement> namesakes = entry.getValue();
                if (namesakes.size() > 1) {
                    report.error(OrreryValidator.DUPLICATE_NAME, namesakes, "name.duplicate", Labels.of(container),
                            namesakes.size(), Labels.words(containment), entry.getKey());
                }
            }
        }
    }
}
