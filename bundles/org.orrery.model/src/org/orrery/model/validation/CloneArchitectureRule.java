package org.orrery.model.validation;

import java.util.List;

import org.orrery.model.Clone;
import org.orrery.model.Phone;
import org.orrery.model.PhoneInstance;

/**
 * A clone runs its phone's own binaries (no emulation), so its architecture must be the phone's;
 * a clone without a phone instance is probably left over from an edit.
 */
final class CloneArchitectureRule extends ConstraintRule<Clone> {

    CloneArchitectureRule() {
        super(Clone.class);
    }

    @Override
    protected void verify(Clone clone, Report report) {
        PhoneInstance instance = clone.getInstance();
        if (instance == null) {
            report.warning(OrreryValidator.CLONE_WITHOUT_INSTANCE, List.of(clone), "clone.withoutInstance",
                    Labels.of(clone));
            return;
        }
        if (instance.eContainer() instanceof Phone phone && phone.getArchitecture() != clone.getArchitecture()) {
            report.error(OrreryValidator.CLONE_ARCHITECTURE, List.of(clone, instance, phone), "clone.architecture",
                    Labels.of(clone), clone.getArchitecture().getLiteral(), Labels.of(instance), Labels.of(phone),
                    phone.getArchitecture().getLiteral());
        }
    }
}
