/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Overlay Router</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A ViNe router: routes an overlay between LAN segments, keeps LNDT, GNDT and HWDT tables.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.OverlayRouter#getSubnets <em>Subnets</em>}</li>
 *   <li>{@link org.orrery.model.OverlayRouter#getPublicAddress <em>Public Address</em>}</li>
 *   <li>{@link org.orrery.model.OverlayRouter#getMessageDelayMs <em>Message Delay Ms</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getOverlayRouter()
 * @model
 * @generated
 */
public interface OverlayRouter extends OverlayNode {
	/**
	 * Returns the value of the '<em><b>Subnets</b></em>' reference list.
	 * The list contents are of type {@link org.orrery.model.Subnet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subnets this router is responsible for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subnets</em>' reference list.
	 * @see org.orrery.model.OrreryPackage#getOverlayRouter_Subnets()
	 * @model
	 * @generated
	 */
	EList<Subnet> getSubnets();

	/**
	 * Returns the value of the '<em><b>Public Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Address other routers reach it at.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Public Address</em>' attribute.
	 * @see #setPublicAddress(String)
	 * @see org.orrery.model.OrreryPackage#getOverlayRouter_PublicAddress()
	 * @model
	 * @generated
	 */
	String getPublicAddress();

	/**
	 * Sets the value of the '{@link org.orrery.model.OverlayRouter#getPublicAddress <em>Public Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Public Address</em>' attribute.
	 * @see #getPublicAddress()
	 * @generated
	 */
	void setPublicAddress(String value);

	/**
	 * Returns the value of the '<em><b>Message Delay Ms</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Delay of one control message between routers in ms. Default 1 (assumption: no timings were measured).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message Delay Ms</em>' attribute.
	 * @see #setMessageDelayMs(double)
	 * @see org.orrery.model.OrreryPackage#getOverlayRouter_MessageDelayMs()
	 * @model default="1.0"
	 * @generated
	 */
	double getMessageDelayMs();

	/**
	 * Sets the value of the '{@link org.orrery.model.OverlayRouter#getMessageDelayMs <em>Message Delay Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message Delay Ms</em>' attribute.
	 * @see #getMessageDelayMs()
	 * @generated
	 */
	void setMessageDelayMs(double value);

} // OverlayRouter
