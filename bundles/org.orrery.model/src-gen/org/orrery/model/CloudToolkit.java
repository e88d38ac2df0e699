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
 * A representation of the literals of the enumeration '<em><b>Cloud Toolkit</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Software running a cloud.
 * <!-- end-model-doc -->
 * @see org.orrery.model.OrreryPackage#getCloudToolkit()
 * @model
 * @generated
 */
public enum CloudToolkit implements Enumerator {
	/**
	 * The '<em><b>Libvirt</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIBVIRT_VALUE
	 * @generated
	 * @ordered
	 */
	LIBVIRT(0, "libvirt", "libvirt"),

	/**
	 * The '<em><b>Nimbus</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NIMBUS_VALUE
	 * @generated
	 * @ordered
	 */
	NIMBUS(1, "nimbus", "nimbus"),

	/**
	 * The '<em><b>Open Nebula</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_NEBULA_VALUE
	 * @generated
	 * @ordered
	 */
	OPEN_NEBULA(2, "openNebula", "openNebula"),

	/**
	 * The '<em><b>Open Stack</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_STACK_VALUE
	 * @generated
	 * @ordered
	 */
	OPEN_STACK(3, "openStack", "openStack"),

	/**
	 * The '<em><b>Eucalyptus</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EUCALYPTUS_VALUE
	 * @generated
	 * @ordered
	 */
	EUCALYPTUS(4, "eucalyptus", "eucalyptus"),

	/**
	 * The '<em><b>Amazon Ec2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMAZON_EC2_VALUE
	 * @generated
	 * @ordered
	 */
	AMAZON_EC2(5, "amazonEc2", "amazonEc2"),

	/**
	 * The '<em><b>Vmware Vsphere</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMWARE_VSPHERE_VALUE
	 * @generated
	 * @ordered
	 */
	VMWARE_VSPHERE(6, "vmwareVsphere", "vmwareVsphere"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "other", "other");

	/**
	 * The '<em><b>Libvirt</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIBVIRT
	 * @model name="libvirt"
	 * @generated
	 * @ordered
	 */
	public static final int LIBVIRT_VALUE = 0;

	/**
	 * The '<em><b>Nimbus</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NIMBUS
	 * @model name="nimbus"
	 * @generated
	 * @ordered
	 */
	public static final int NIMBUS_VALUE = 1;

	/**
	 * The '<em><b>Open Nebula</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_NEBULA
	 * @model name="openNebula"
	 * @generated
	 * @ordered
	 */
	public static final int OPEN_NEBULA_VALUE = 2;

	/**
	 * The '<em><b>Open Stack</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_STACK
	 * @model name="openStack"
	 * @generated
	 * @ordered
	 */
	public static final int OPEN_STACK_VALUE = 3;

	/**
	 * The '<em><b>Eucalyptus</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EUCALYPTUS
	 * @model name="eucalyptus"
	 * @generated
	 * @ordered
	 */
	public static final int EUCALYPTUS_VALUE = 4;

	/**
	 * The '<em><b>Amazon Ec2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMAZON_EC2
	 * @model name="amazonEc2"
	 * @generated
	 * @ordered
	 */
	public static final int AMAZON_EC2_VALUE = 5;

	/**
	 * The '<em><b>Vmware Vsphere</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMWARE_VSPHERE
	 * @model name="vmwareVsphere"
	 * @generated
	 * @ordered
	 */
	public static final int VMWARE_VSPHERE_VALUE = 6;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Cloud Toolkit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CloudToolkit[] VALUES_ARRAY =
		new CloudToolkit[] {
			LIBVIRT,
			NIMBUS,
			OPEN_NEBULA,
			OPEN_STACK,
			EUCALYPTUS,
			AMAZON_EC2,
			VMWARE_VSPHERE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Cloud Toolkit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CloudToolkit> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cloud Toolkit</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CloudToolkit get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CloudToolkit result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cloud Toolkit</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CloudToolkit getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CloudToolkit result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cloud Toolkit</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CloudToolkit get(int value) {
		switch (value) {
			case LIBVIRT_VALUE: return LIBVIRT;
			case NIMBUS_VALUE: return NIMBUS;
			case OPEN_NEBULA_VALUE: return OPEN_NEBULA;
			case OPEN_STACK_VALUE: return OPEN_STACK;
			case EUCALYPTUS_VALUE: return EUCALYPTUS;
			case AMAZON_EC2_VALUE: return AMAZON_EC2;
			case VMWARE_VSPHERE_VALUE: return VMWARE_VSPHERE;
			case OTHER_VALUE: return OTHER;
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
	private CloudToolkit(int value, String name, String literal) {
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
	
} //CloudToolkit
