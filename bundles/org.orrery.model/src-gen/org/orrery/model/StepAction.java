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
 * A representation of the literals of the enumeration '<em><b>Step Action</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Scripted actions of a scenario.
 * <!-- end-model-doc -->
 * @see org.orrery.model.OrreryPackage#getStepAction()
 * @model
 * @generated
 */
public enum StepAction implements Enumerator {
	/**
	 * The '<em><b>Submit Job</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBMIT_JOB_VALUE
	 * @generated
	 * @ordered
	 */
	SUBMIT_JOB(0, "submitJob", "submitJob"),

	/**
	 * The '<em><b>Start Vm</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #START_VM_VALUE
	 * @generated
	 * @ordered
	 */
	START_VM(1, "startVm", "startVm"),

	/**
	 * The '<em><b>Stop Vm</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STOP_VM_VALUE
	 * @generated
	 * @ordered
	 */
	STOP_VM(2, "stopVm", "stopVm"),

	/**
	 * The '<em><b>Suspend Vm</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUSPEND_VM_VALUE
	 * @generated
	 * @ordered
	 */
	SUSPEND_VM(3, "suspendVm", "suspendVm"),

	/**
	 * The '<em><b>Resume Vm</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESUME_VM_VALUE
	 * @generated
	 * @ordered
	 */
	RESUME_VM(4, "resumeVm", "resumeVm"),

	/**
	 * The '<em><b>Migrate Vm</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIGRATE_VM_VALUE
	 * @generated
	 * @ordered
	 */
	MIGRATE_VM(5, "migrateVm", "migrateVm"),

	/**
	 * The '<em><b>Migrate Actors</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIGRATE_ACTORS_VALUE
	 * @generated
	 * @ordered
	 */
	MIGRATE_ACTORS(6, "migrateActors", "migrateActors"),

	/**
	 * The '<em><b>Dock</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOCK_VALUE
	 * @generated
	 * @ordered
	 */
	DOCK(7, "dock", "dock"),

	/**
	 * The '<em><b>Activate</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIVATE_VALUE
	 * @generated
	 * @ordered
	 */
	ACTIVATE(8, "activate", "activate"),

	/**
	 * The '<em><b>Split</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPLIT_VALUE
	 * @generated
	 * @ordered
	 */
	SPLIT(9, "split", "split"),

	/**
	 * The '<em><b>Merge</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MERGE_VALUE
	 * @generated
	 * @ordered
	 */
	MERGE(10, "merge", "merge"),

	/**
	 * The '<em><b>Scale Up</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCALE_UP_VALUE
	 * @generated
	 * @ordered
	 */
	SCALE_UP(11, "scaleUp", "scaleUp"),

	/**
	 * The '<em><b>Scale Down</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCALE_DOWN_VALUE
	 * @generated
	 * @ordered
	 */
	SCALE_DOWN(12, "scaleDown", "scaleDown"),

	/**
	 * The '<em><b>Offload</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFLOAD_VALUE
	 * @generated
	 * @ordered
	 */
	OFFLOAD(13, "offload", "offload"),

	/**
	 * The '<em><b>Set Parameter</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SET_PARAMETER_VALUE
	 * @generated
	 * @ordered
	 */
	SET_PARAMETER(14, "setParameter", "setParameter"),

	/**
	 * The '<em><b>Fail Host</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAIL_HOST_VALUE
	 * @generated
	 * @ordered
	 */
	FAIL_HOST(15, "failHost", "failHost");

	/**
	 * The '<em><b>Submit Job</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBMIT_JOB
	 * @model name="submitJob"
	 * @generated
	 * @ordered
	 */
	public static final int SUBMIT_JOB_VALUE = 0;

	/**
	 * The '<em><b>Start Vm</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #START_VM
	 * @model name="startVm"
	 * @generated
	 * @ordered
	 */
	public static final int START_VM_VALUE = 1;

	/**
	 * The '<em><b>Stop Vm</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STOP_VM
	 * @model name="stopVm"
	 * @generated
	 * @ordered
	 */
	public static final int STOP_VM_VALUE = 2;

	/**
	 * The '<em><b>Suspend Vm</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUSPEND_VM
	 * @model name="suspendVm"
	 * @generated
	 * @ordered
	 */
	public static final int SUSPEND_VM_VALUE = 3;

	/**
	 * The '<em><b>Resume Vm</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESUME_VM
	 * @model name="resumeVm"
	 * @generated
	 * @ordered
	 */
	public static final int RESUME_VM_VALUE = 4;

	/**
	 * The '<em><b>Migrate Vm</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIGRATE_VM
	 * @model name="migrateVm"
	 * @generated
	 * @ordered
	 */
	public static final int MIGRATE_VM_VALUE = 5;

	/**
	 * The '<em><b>Migrate Actors</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIGRATE_ACTORS
	 * @model name="migrateActors"
	 * @generated
	 * @ordered
	 */
	public static final int MIGRATE_ACTORS_VALUE = 6;

	/**
	 * The '<em><b>Dock</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOCK
	 * @model name="dock"
	 * @generated
	 * @ordered
	 */
	public static final int DOCK_VALUE = 7;

	/**
	 * The '<em><b>Activate</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIVATE
	 * @model name="activate"
	 * @generated
	 * @ordered
	 */
	public static final int ACTIVATE_VALUE = 8;

	/**
	 * The '<em><b>Split</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPLIT
	 * @model name="split"
	 * @generated
	 * @ordered
	 */
	public static final int SPLIT_VALUE = 9;

	/**
	 * The '<em><b>Merge</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MERGE
	 * @model name="merge"
	 * @generated
	 * @ordered
	 */
	public static final int MERGE_VALUE = 10;

	/**
	 * The '<em><b>Scale Up</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCALE_UP
	 * @model name="scaleUp"
	 * @generated
	 * @ordered
	 */
	public static final int SCALE_UP_VALUE = 11;

	/**
	 * The '<em><b>Scale Down</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCALE_DOWN
	 * @model name="scaleDown"
	 * @generated
	 * @ordered
	 */
	public static final int SCALE_DOWN_VALUE = 12;

	/**
	 * The '<em><b>Offload</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFLOAD
	 * @model name="offload"
	 * @generated
	 * @ordered
	 */
	public static final int OFFLOAD_VALUE = 13;

	/**
	 * The '<em><b>Set Parameter</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SET_PARAMETER
	 * @model name="setParameter"
	 * @generated
	 * @ordered
	 */
	public static final int SET_PARAMETER_VALUE = 14;

	/**
	 * The '<em><b>Fail Host</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAIL_HOST
	 * @model name="failHost"
	 * @generated
	 * @ordered
	 */
	public static final int FAIL_HOST_VALUE = 15;

	/**
	 * An array of all the '<em><b>Step Action</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StepAction[] VALUES_ARRAY =
		new StepAction[] {
			SUBMIT_JOB,
			START_VM,
			STOP_VM,
			SUSPEND_VM,
			RESUME_VM,
			MIGRATE_VM,
			MIGRATE_ACTORS,
			DOCK,
			ACTIVATE,
			SPLIT,
			MERGE,
			SCALE_UP,
			SCALE_DOWN,
			OFFLOAD,
			SET_PARAMETER,
			FAIL_HOST,
		};

	/**
	 * A public read-only list of all the '<em><b>Step Action</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StepAction> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Step Action</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StepAction get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StepAction result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Step Action</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StepAction getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StepAction result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Step Action</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StepAction get(int value) {
		switch (value) {
			case SUBMIT_JOB_VALUE: return SUBMIT_JOB;
			case START_VM_VALUE: return START_VM;
			case STOP_VM_VALUE: return STOP_VM;
			case SUSPEND_VM_VALUE: return SUSPEND_VM;
			case RESUME_VM_VALUE: return RESUME_VM;
			case MIGRATE_VM_VALUE: return MIGRATE_VM;
			case MIGRATE_ACTORS_VALUE: return MIGRATE_ACTORS;
			case DOCK_VALUE: return DOCK;
			case ACTIVATE_VALUE: return ACTIVATE;
			case SPLIT_VALUE: return SPLIT;
			case MERGE_VALUE: return MERGE;
			case SCALE_UP_VALUE: return SCALE_UP;
			case SCALE_DOWN_VALUE: return SCALE_DOWN;
			case OFFLOAD_VALUE: return OFFLOAD;
			case SET_PARAMETER_VALUE: return SET_PARAMETER;
			case FAIL_HOST_VALUE: return FAIL_HOST;
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
	private StepAction(int value, String name, String literal) {
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
	
} //StepAction
