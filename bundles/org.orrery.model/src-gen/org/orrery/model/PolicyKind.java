/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Policy Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Roles a pluggable mechanism can fill.
 * <!-- end-model-doc -->
 * @see org.orrery.model.OrreryPackage#getPolicyKind()
 * @model
 * @generated
 */
public enum PolicyKind implements Enumerator {
	/**
	 * The '<em><b>Migration</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIGRATION_VALUE
	 * @generated
	 * @ordered
	 */
	MIGRATION(0, "migration", "migration"),

	/**
	 * The '<em><b>Placement</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLACEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	PLACEMENT(1, "placement", "placement"),

	/**
	 * The '<em><b>Scheduler</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHEDULER_VALUE
	 * @generated
	 * @ordered
	 */
	SCHEDULER(2, "scheduler", "scheduler"),

	/**
	 * The '<em><b>Elasticity</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELASTICITY_VALUE
	 * @generated
	 * @ordered
	 */
	ELASTICITY(3, "elasticity", "elasticity"),

	/**
	 * The '<em><b>Propagation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROPAGATION_VALUE
	 * @generated
	 * @ordered
	 */
	PROPAGATION(4, "propagation", "propagation"),

	/**
	 * The '<em><b>Adaptation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADAPTATION_VALUE
	 * @generated
	 * @ordered
	 */
	ADAPTATION(5, "adaptation", "adaptation");

	/**
	 * The '<em><b>Migration</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIGRATION
	 * @model name="migration"
	 * @generated
	 * @ordered
	 */
	public static final int MIGRATION_VALUE = 0;

	/**
	 * The '<em><b>Placement</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLACEMENT
	 * @model name="placement"
	 * @generated
	 * @ordered
	 */
	public static final int PLACEMENT_VALUE = 1;

	/**
	 * The '<em><b>Scheduler</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHEDULER
	 * @model name="scheduler"
	 * @generated
	 * @ordered
	 */
	public static final int SCHEDULER_VALUE = 2;

	/**
	 * The '<em><b>Elasticity</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELASTICITY
	 * @model name="elasticity"
	 * @generated
	 * @ordered
	 */
	public static final int ELASTICITY_VALUE = 3;

	/**
	 * The '<em><b>Propagation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROPAGATION
	 * @model name="propagation"
	 * @generated
	 * @ordered
	 */
	public static final int PROPAGATION_VALUE = 4;

	/**
	 * The '<em><b>Adaptation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADAPTATION
	 * @model name="adaptation"
	 * @generated
	 * @ordered
	 */
	public static final int ADAPTATION_VALUE = 5;

	/**
	 * An array of all the '<em><b>Policy Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PolicyKind[] VALUES_ARRAY =
		new PolicyKind[] {
			MIGRATION,
			PLACEMENT,
			SCHEDULER,
			ELASTICITY,
			PROPAGATION,
			ADAPTATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Policy Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PolicyKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Policy Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PolicyKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PolicyKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Policy Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PolicyKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PolicyKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Policy Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PolicyKind get(int value) {
		switch (value) {
			case MIGRATION_VALUE: return MIGRATION;
			case PLACEMENT_VALUE: return PLACEMENT;
			case SCHEDULER_VALUE: return SCHEDULER;
			case ELASTICITY_VALUE: return ELASTICITY;
			case PROPAGATION_VALUE: return PROPAGATION;
			case ADAPTATION_VALUE: return ADAPTATION;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private PolicyKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //PolicyKind
