/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Overlay Network</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A network of virtual machines over the physical one: a VIOLIN distributed virtual switch, a ViNe-style routed overlay or a libvirt network.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.OverlayNetwork#getKind <em>Kind</em>}</li>
 *   <li>{@link org.orrery.model.OverlayNetwork#getSubnets <em>Subnets</em>}</li>
 *   <li>{@link org.orrery.model.OverlayNetwork#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.orrery.model.OverlayNetwork#getTunnels <em>Tunnels</em>}</li>
 *   <li>{@link org.orrery.model.OverlayNetwork#getMtu <em>Mtu</em>}</li>
 *   <li>{@link org.orrery.model.OverlayNetwork#getTableAgeingS <em>Table Ageing S</em>}</li>
 *   <li>{@link org.orrery.model.OverlayNetwork#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getOverlayNetwork()
 * @model
 * @generated
 */
public interface OverlayNetwork extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"virtualSwitch"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.OverlayKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual switch (layer 2, VIOLIN), routed overlay (ViNe) or libvirt network. Default virtual switch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.orrery.model.OverlayKind
	 * @see #setKind(OverlayKind)
	 * @see org.orrery.model.OrreryPackage#getOverlayNetwork_Kind()
	 * @model default="virtualSwitch"
	 * @generated
	 */
	OverlayKind getKind();

	/**
	 * Sets the value of the '{@link org.orrery.model.OverlayNetwork#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.orrery.model.OverlayKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OverlayKind value);

	/**
	 * Returns the value of the '<em><b>Subnets</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.Subnet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Address ranges of the overlay.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subnets</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getOverlayNetwork_Subnets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Subnet> getSubnets();

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.OverlayNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Switch daemons and overlay routers carrying the overlay.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getOverlayNetwork_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<OverlayNode> getNodes();

	/**
	 * Returns the value of the '<em><b>Tunnels</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.Tunnel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tunnels between overlay nodes (a full mesh for a VIOLIN).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tunnels</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getOverlayNetwork_Tunnels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tunnel> getTunnels();

	/**
	 * Returns the value of the '<em><b>Mtu</b></em>' attribute.
	 * The default value is <code>"1500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MTU in bytes. Default 1500 (assumption: the source leaves it open).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mtu</em>' attribute.
	 * @see #setMtu(int)
	 * @see org.orrery.model.OrreryPackage#getOverlayNetwork_Mtu()
	 * @model default="1500"
	 * @generated
	 */
	int getMtu();

	/**
	 * Sets the value of the '{@link org.orrery.model.OverlayNetwork#getMtu <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mtu</em>' attribute.
	 * @see #getMtu()
	 * @generated
	 */
	void setMtu(int value);

	/**
	 * Returns the value of the '<em><b>Table Ageing S</b></em>' attribute.
	 * The default value is <code>"300.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seconds after which a learned MAC-table entry expires. Default 300 (assumption, a common switch default).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Table Ageing S</em>' attribute.
	 * @see #setTableAgeingS(double)
	 * @see org.orrery.model.OrreryPackage#getOverlayNetwork_TableAgeingS()
	 * @model default="300.0"
	 * @generated
	 */
	double getTableAgeingS();

	/**
	 * Sets the value of the '{@link org.orrery.model.OverlayNetwork#getTableAgeingS <em>Table Ageing S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table Ageing S</em>' attribute.
	 * @see #getTableAgeingS()
	 * @generated
	 */
	void setTableAgeingS(double value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User or environment owning the overlay.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.orrery.model.OrreryPackage#getOverlayNetwork_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.orrery.model.OverlayNetwork#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

} // OverlayNetwork
