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
 * A representation of the literals of the enumeration '<em><b>Overlay Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of overlay network.
 * <!-- end-model-doc -->
 * @see org.orrery.model.OrreryPackage#getOverlayKind()
 * @model
 * @generated
 */
public enum OverlayKind implements Enumerator {
	/**
	 * The '<em><b>Virtual Switch</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIRTUAL_SWITCH_VALUE
	 * @generated
	 * @ordered
	 */
	VIRTUAL_SWITCH(0, "virtualSwitch", "virtualSwitch"),

	/**
	 * The '<em><b>Routed Overlay</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROUTED_OVERLAY_VALUE
	 * @generated
	 * @ordered
	 */
	ROUTED_OVERLAY(1, "routedOverlay", "routedOverlay"),

	/**
	 * The '<em><b>Libvirt Network</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIBVIRT_NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	LIBVIRT_NETWORK(2, "libvirtNetwork", "libvirtNetwork");

	/**
	 * The '<em><b>Virtual Switch</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIRTUAL_SWITCH
	 * @model name="virtualSwitch"
	 * @generated
	 * @ordered
	 */
	public static final int VIRTUAL_SWITCH_VALUE = 0;

	/**
	 * The '<em><b>Routed Overlay</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROUTED_OVERLAY
	 * @model name="routedOverlay"
	 * @generated
	 * @ordered
	 */
	public static final int ROUTED_OVERLAY_VALUE = 1;

	/**
	 * The '<em><b>Libvirt Network</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIBVIRT_NETWORK
	 * @model name="libvirtNetwork"
	 * @generated
	 * @ordered
	 */
	public static final int LIBVIRT_NETWORK_VALUE = 2;

	/**
	 * An array of all the '<em><b>Overlay Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OverlayKind[] VALUES_ARRAY =
		new OverlayKind[] {
			VIRTUAL_SWITCH,
			ROUTED_OVERLAY,
			LIBVIRT_NETWORK,
		};

	/**
	 * A public read-only list of all the '<em><b>Overlay Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OverlayKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Overlay Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OverlayKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OverlayKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Overlay Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OverlayKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OverlayKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Overlay Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OverlayKind get(int value) {
		switch (value) {
			case VIRTUAL_SWITCH_VALUE: return VIRTUAL_SWITCH;
			case ROUTED_OVERLAY_VALUE: return ROUTED_OVERLAY;
			case LIBVIRT_NETWORK_VALUE: return LIBVIRT_NETWORK;
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
	private OverlayKind(int value, String name, String literal) {
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
	
} //OverlayKind
