/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A physical link between two endpoints (site gateway, host or router), LAN or WAN.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.NetworkLink#getSource <em>Source</em>}</li>
 *   <li>{@link org.orrery.model.NetworkLink#getTarget <em>Target</em>}</li>
 *   <li>{@link org.orrery.model.NetworkLink#getKind <em>Kind</em>}</li>
 *   <li>{@link org.orrery.model.NetworkLink#getBandwidthMbps <em>Bandwidth Mbps</em>}</li>
 *   <li>{@link org.orrery.model.NetworkLink#getLatencyMs <em>Latency Ms</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getNetworkLink()
 * @model
 * @generated
 */
public interface NetworkLink extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One end of the link.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(NetworkEndpoint)
	 * @see org.orrery.model.OrreryPackage#getNetworkLink_Source()
	 * @model required="true"
	 * @generated
	 */
	NetworkEndpoint getSource();

	/**
	 * Sets the value of the '{@link org.orrery.model.NetworkLink#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(NetworkEndpoint value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The other end of the link.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(NetworkEndpoint)
	 * @see org.orrery.model.OrreryPackage#getNetworkLink_Target()
	 * @model required="true"
	 * @generated
	 */
	NetworkEndpoint getTarget();

	/**
	 * Sets the value of the '{@link org.orrery.model.NetworkLink#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(NetworkEndpoint value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"lan"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.LinkKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * LAN or WAN. Default LAN.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.orrery.model.LinkKind
	 * @see #setKind(LinkKind)
	 * @see org.orrery.model.OrreryPackage#getNetworkLink_Kind()
	 * @model default="lan"
	 * @generated
	 */
	LinkKind getKind();

	/**
	 * Sets the value of the '{@link org.orrery.model.NetworkLink#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.orrery.model.LinkKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LinkKind value);

	/**
	 * Returns the value of the '<em><b>Bandwidth Mbps</b></em>' attribute.
	 * The default value is <code>"1000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bandwidth in Mbit/s. Default 1000 (Gigabit Ethernet, as in every source test bed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bandwidth Mbps</em>' attribute.
	 * @see #setBandwidthMbps(double)
	 * @see org.orrery.model.OrreryPackage#getNetworkLink_BandwidthMbps()
	 * @model default="1000.0"
	 * @generated
	 */
	double getBandwidthMbps();

	/**
	 * Sets the value of the '{@link org.orrery.model.NetworkLink#getBandwidthMbps <em>Bandwidth Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bandwidth Mbps</em>' attribute.
	 * @see #getBandwidthMbps()
	 * @generated
	 */
	void setBandwidthMbps(double value);

	/**
	 * Returns the value of the '<em><b>Latency Ms</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One-way latency in milliseconds. Default 0.1 (a LAN).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Latency Ms</em>' attribute.
	 * @see #setLatencyMs(double)
	 * @see org.orrery.model.OrreryPackage#getNetworkLink_LatencyMs()
	 * @model default="0.1"
	 * @generated
	 */
	double getLatencyMs();

	/**
	 * Sets the value of the '{@link org.orrery.model.NetworkLink#getLatencyMs <em>Latency Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latency Ms</em>' attribute.
	 * @see #getLatencyMs()
	 * @generated
	 */
	void setLatencyMs(double value);

} // NetworkLink
