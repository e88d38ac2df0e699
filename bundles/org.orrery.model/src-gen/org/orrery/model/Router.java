/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Router</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A router or gateway of a site; a WAN-emulating router in the Shrinker set-up.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.Router#getKind <em>Kind</em>}</li>
 *   <li>{@link org.orrery.model.Router#getAddress <em>Address</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getRouter()
 * @model
 * @generated
 */
public interface Router extends NetworkEndpoint {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"gateway"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.RouterKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the router does. Default gateway.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.orrery.model.RouterKind
	 * @see #setKind(RouterKind)
	 * @see org.orrery.model.OrreryPackage#getRouter_Kind()
	 * @model default="gateway"
	 * @generated
	 */
	RouterKind getKind();

	/**
	 * Sets the value of the '{@link org.orrery.model.Router#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.orrery.model.RouterKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RouterKind value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IP address of the router on its site's subnet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.orrery.model.OrreryPackage#getRouter_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.orrery.model.Router#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

} // Router
