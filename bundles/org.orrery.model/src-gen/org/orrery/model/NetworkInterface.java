/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Interface</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A virtual NIC with its MAC and IP address, attached to an overlay or to the cloud's physical network.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.NetworkInterface#getMac <em>Mac</em>}</li>
 *   <li>{@link org.orrery.model.NetworkInterface#getIp <em>Ip</em>}</li>
 *   <li>{@link org.orrery.model.NetworkInterface#getOverlay <em>Overlay</em>}</li>
 *   <li>{@link org.orrery.model.NetworkInterface#getSubnet <em>Subnet</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getNetworkInterface()
 * @model
 * @generated
 */
public interface NetworkInterface extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MAC address, six hex pairs separated by colons (for example 52:54:00:12:34:56). Unique within its overlay.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mac</em>' attribute.
	 * @see #setMac(String)
	 * @see org.orrery.model.OrreryPackage#getNetworkInterface_Mac()
	 * @model
	 * @generated
	 */
	String getMac();

	/**
	 * Sets the value of the '{@link org.orrery.model.NetworkInterface#getMac <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mac</em>' attribute.
	 * @see #getMac()
	 * @generated
	 */
	void setMac(String value);

	/**
	 * Returns the value of the '<em><b>Ip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IPv4 address. Unique within its overlay.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ip</em>' attribute.
	 * @see #setIp(String)
	 * @see org.orrery.model.OrreryPackage#getNetworkInterface_Ip()
	 * @model
	 * @generated
	 */
	String getIp();

	/**
	 * Sets the value of the '{@link org.orrery.model.NetworkInterface#getIp <em>Ip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ip</em>' attribute.
	 * @see #getIp()
	 * @generated
	 */
	void setIp(String value);

	/**
	 * Returns the value of the '<em><b>Overlay</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Overlay the NIC is attached to. Empty means: the cloud's physical network.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Overlay</em>' reference.
	 * @see #setOverlay(OverlayNetwork)
	 * @see org.orrery.model.OrreryPackage#getNetworkInterface_Overlay()
	 * @model
	 * @generated
	 */
	OverlayNetwork getOverlay();

	/**
	 * Sets the value of the '{@link org.orrery.model.NetworkInterface#getOverlay <em>Overlay</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overlay</em>' reference.
	 * @see #getOverlay()
	 * @generated
	 */
	void setOverlay(OverlayNetwork value);

	/**
	 * Returns the value of the '<em><b>Subnet</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subnet of the overlay the address belongs to, if the overlay has several.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subnet</em>' reference.
	 * @see #setSubnet(Subnet)
	 * @see org.orrery.model.OrreryPackage#getNetworkInterface_Subnet()
	 * @model
	 * @generated
	 */
	Subnet getSubnet();

	/**
	 * Sets the value of the '{@link org.orrery.model.NetworkInterface#getSubnet <em>Subnet</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subnet</em>' reference.
	 * @see #getSubnet()
	 * @generated
	 */
	void setSubnet(Subnet value);

} // NetworkInterface
