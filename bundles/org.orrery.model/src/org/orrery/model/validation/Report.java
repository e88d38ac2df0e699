package org.orrery.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * Collects the findings of the rules for one object as EMF diagnostics. The objects involved go
 * into the diagnostic's data (subject first), so a view can select them.
 */
final class Report {

    private final DiagnosticChain chain;
    private boolean valid = true;

    Report(DiagnosticChain chain) {
        this.chain = chain;
    }

    void error(int code, List<?> involved, String key, Object... arguments) {
        add(Diagnostic.ERROR, code, involved, key, arguments);
    }

    void warning(int code, List<?> involved, String key, Object... arguments) {
        add(Diagnostic.WARNING, code, involved, key, arguments);
    }

    boolean isValid() {
        return valid;
    }

    private void add(int severity, int code, List<?> involved, String key, Object... arguments) {
        if (severity == Diagnostic.ERROR) {
            valid = false;
        }
        if (chain != null) {
            chain.add(new BasicDiagnostic(severity, OrreryValidator.DIAGNOSTIC_SOURCE, code,
                    Messages.format(key, arguments), new ArrayList<>(involved).toArray()));
        }
    }
}
