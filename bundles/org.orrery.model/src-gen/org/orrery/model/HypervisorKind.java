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
 * A representation of the literals of the enumeration '<em><b>Hypervisor Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Hypervisor of a host.
 * <!-- end-model-doc -->
 * @see org.orrery.model.OrreryPackage#getHypervisorKind()
 * @model
 * @generated
 */
public enum HypervisorKind implements Enumerator {
	/**
	 * The '<em><b>Kvm</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_VALUE
	 * @generated
	 * @ordered
	 */
	KVM(0, "kvm", "kvm"),

	/**
	 * The '<em><b>Xen</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XEN_VALUE
	 * @generated
	 * @ordered
	 */
	XEN(1, "xen", "xen"),

	/**
	 * The '<em><b>Vmware Esxi</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMWARE_ESXI_VALUE
	 * @generated
	 * @ordered
	 */
	VMWARE_ESXI(2, "vmwareEsxi", "vmwareEsxi"),

	/**
	 * The '<em><b>Qemu</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QEMU_VALUE
	 * @generated
	 * @ordered
	 */
	QEMU(3, "qemu", "qemu"),

	/**
	 * The '<em><b>Test</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEST_VALUE
	 * @generated
	 * @ordered
	 */
	TEST(4, "test", "test");

	/**
	 * The '<em><b>Kvm</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM
	 * @model name="kvm"
	 * @generated
	 * @ordered
	 */
	public static final int KVM_VALUE = 0;

	/**
	 * The '<em><b>Xen</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XEN
	 * @model name="xen"
	 * @generated
	 * @ordered
	 */
	public static final int XEN_VALUE = 1;

	/**
	 * The '<em><b>Vmware Esxi</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMWARE_ESXI
	 * @model name="vmwareEsxi"
	 * @generated
	 * @ordered
	 */
	public static final int VMWARE_ESXI_VALUE = 2;

	/**
	 * The '<em><b>Qemu</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QEMU
	 * @model name="qemu"
	 * @generated
	 * @ordered
	 */
	public static final int QEMU_VALUE = 3;

	/**
	 * The '<em><b>Test</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEST
	 * @model name="test"
	 * @generated
	 * @ordered
	 */
	public static final int TEST_VALUE = 4;

	/**
	 * An array of all the '<em><b>Hypervisor Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final HypervisorKind[] VALUES_ARRAY =
		new HypervisorKind[] {
			KVM,
			XEN,
			VMWARE_ESXI,
			QEMU,
			TEST,
		};

	/**
	 * A public read-only list of all the '<em><b>Hypervisor Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<HypervisorKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Hypervisor Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HypervisorKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HypervisorKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hypervisor Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HypervisorKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HypervisorKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hypervisor Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HypervisorKind get(int value) {
		switch (value) {
			case KVM_VALUE: return KVM;
			case XEN_VALUE: return XEN;
			case VMWARE_ESXI_VALUE: return VMWARE_ESXI;
			case QEMU_VALUE: return QEMU;
			case TEST_VALUE: return TEST;
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
	private HypervisorKind(int value, String name, String literal) {
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
	
} //HypervisorKind
