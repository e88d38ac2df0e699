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
 * A representation of the literals of the enumeration '<em><b>Phone Instance State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Phases of the AMPhone offload protocol.
 * <!-- end-model-doc -->
 * @see org.orrery.model.OrreryPackage#getPhoneInstanceState()
 * @model
 * @generated
 */
public enum PhoneInstanceState implements Enumerator {
	/**
	 * The '<em><b>Running</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNNING_VALUE
	 * @generated
	 * @ordered
	 */
	RUNNING(0, "running", "running"),

	/**
	 * The '<em><b>Suspended Capturing</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUSPENDED_CAPTURING_VALUE
	 * @generated
	 * @ordered
	 */
	SUSPENDED_CAPTURING(1, "suspendedCapturing", "suspendedCapturing"),

	/**
	 * The '<em><b>Uploading</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPLOADING_VALUE
	 * @generated
	 * @ordered
	 */
	UPLOADING(2, "uploading", "uploading"),

	/**
	 * The '<em><b>Replaying</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLAYING_VALUE
	 * @generated
	 * @ordered
	 */
	REPLAYING(3, "replaying", "replaying"),

	/**
	 * The '<em><b>Running In Cloud</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNNING_IN_CLOUD_VALUE
	 * @generated
	 * @ordered
	 */
	RUNNING_IN_CLOUD(4, "runningInCloud", "runningInCloud"),

	/**
	 * The '<em><b>Syncing Back</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNCING_BACK_VALUE
	 * @generated
	 * @ordered
	 */
	SYNCING_BACK(5, "syncingBack", "syncingBack");

	/**
	 * The '<em><b>Running</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNNING
	 * @model name="running"
	 * @generated
	 * @ordered
	 */
	public static final int RUNNING_VALUE = 0;

	/**
	 * The '<em><b>Suspended Capturing</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUSPENDED_CAPTURING
	 * @model name="suspendedCapturing"
	 * @generated
	 * @ordered
	 */
	public static final int SUSPENDED_CAPTURING_VALUE = 1;

	/**
	 * The '<em><b>Uploading</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPLOADING
	 * @model name="uploading"
	 * @generated
	 * @ordered
	 */
	public static final int UPLOADING_VALUE = 2;

	/**
	 * The '<em><b>Replaying</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLAYING
	 * @model name="replaying"
	 * @generated
	 * @ordered
	 */
	public static final int REPLAYING_VALUE = 3;

	/**
	 * The '<em><b>Running In Cloud</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNNING_IN_CLOUD
	 * @model name="runningInCloud"
	 * @generated
	 * @ordered
	 */
	public static final int RUNNING_IN_CLOUD_VALUE = 4;

	/**
	 * The '<em><b>Syncing Back</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNCING_BACK
	 * @model name="syncingBack"
	 * @generated
	 * @ordered
	 */
	public static final int SYNCING_BACK_VALUE = 5;

	/**
	 * An array of all the '<em><b>Phone Instance State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PhoneInstanceState[] VALUES_ARRAY =
		new PhoneInstanceState[] {
			RUNNING,
			SUSPENDED_CAPTURING,
			UPLOADING,
			REPLAYING,
			RUNNING_IN_CLOUD,
			SYNCING_BACK,
		};

	/**
	 * A public read-only list of all the '<em><b>Phone Instance State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PhoneInstanceState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Phone Instance State</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PhoneInstanceState get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PhoneInstanceState result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Phone Instance State</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PhoneInstanceState getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PhoneInstanceState result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Phone Instance State</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PhoneInstanceState get(int value) {
		switch (value) {
			case RUNNING_VALUE: return RUNNING;
			case SUSPENDED_CAPTURING_VALUE: return SUSPENDED_CAPTURING;
			case UPLOADING_VALUE: return UPLOADING;
			case REPLAYING_VALUE: return REPLAYING;
			case RUNNING_IN_CLOUD_VALUE: return RUNNING_IN_CLOUD;
			case SYNCING_BACK_VALUE: return SYNCING_BACK;
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
	private PhoneInstanceState(int value, String name, String literal) {
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
	
} //PhoneInstanceState
