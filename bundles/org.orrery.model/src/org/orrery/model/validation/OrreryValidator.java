package org.orrery.model.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.orrery.model.OrreryPackage;

/**
 * Validates Orrery objects: EMF's structural checks (multiplicities, unique ids, dangling
 * references) plus the domain rules, each with a code below and a message that says what is
 * wrong and what to do. Use {@link #diagnose(EObject)} to check a whole model.
 */
public class OrreryValidator extends EObjectValidator {

    /** Source of every diagnostic this validator makes. */
    public static final String DIAGNOSTIC_SOURCE = "org.orrery.model";

    public static final int HOST_MEMORY_EXCEEDED = 1;
    public static final int HOST_VCPUS_EXCEEDED = 2;
    public static final int DUPLICATE_NAME = 3;
    public static final int DUPLICATE_MAC = 4;
    public static final int DUPLICATE_IP = 5;
    public static final int MALFORMED_MAC = 6;
    public static final int MALFORMED_IP = 7;
    public static final int POOL_CAPACITY_EXCEEDED = 8;
    public static final int LINK_ENDPOINT_MISSING = 9;
    public static final int LINK_SELF_LOOP = 10;
    public static final int TUNNEL_ENDPOINT_FOREIGN = 11;
    public static final int CLONE_ARCHITECTURE = 12;
    public static final int CLONE_WITHOUT_INSTANCE = 13;
    public static final int VM_HOST_IN_OTHER_CLOUD = 14;
    public static final int VM_NOT_PLACED = 15;
    public static final int VM_WITHOUT_VCPUS = 16;
    public static final int VCPU_AFFINITY_FOREIGN = 17;
    public static final int VALUE_OUT_OF_RANGE = 18;
    public static final int PARAMETER_OUT_OF_RANGE = 19;
    public static final int PARAMETER_BOUNDS_INVERTED = 20;
    public static final int STEP_AFTER_END = 21;
    public static final int SERIES_LENGTHS_DIFFER = 22;

    public static final OrreryValidator INSTANCE = new OrreryValidator();

    private final List<ConstraintRule<?>> rules = List.of(new HostCapacityRule(), new UniqueNameRule(),
            new UniqueAddressRule(), new AddressSyntaxRule(), new PoolCapacityRule(), new LinkEndpointRule(),
            new TunnelEndpointRule(), new CloneArchitectureRule(), new VirtualMachineRule(), new RangeRule(),
            new ExperimentRule());

    /**
     * Validates {@code root} and everything it contains with this validator, whether or not it is
     * registered in the global {@link EValidator.Registry}.
     */
    public static Diagnostic diagnose(EObject root) {
        EValidatorRegistryImpl registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        registry.put(OrreryPackage.eINSTANCE, INSTANCE);
        return new Diagnostician(registry).validate(root);
    }

    @Override
    protected EPackage getEPackage() {
        return OrreryPackage.eINSTANCE;
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (eObject.eIsProxy()) {
            return super.validate(eClass, eObject, diagnostics, context);
        }
        boolean valid = validate_EveryDefaultConstraint(eObject, diagnostics, context);
        Report report = new Report(diagnostics);
        for (ConstraintRule<?> rule : rules) {
            // Without a chain the caller only wants a yes/no answer: stop at the first error.
            if (!valid && diagnostics == null) {
                return false;
            }
            rule.check(eObject, report);
            valid &= report.isValid();
        }
        return valid;
    }
}
