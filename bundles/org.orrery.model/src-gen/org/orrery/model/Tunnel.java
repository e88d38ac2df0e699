/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tunnel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A tunnel between two overlay nodes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.Tunnel#getSource <em>Source</em>}</li>
 *   <li>{@link org.orrery.model.Tunnel#getTarget <em>Target</em>}</li>
 *   <li>{@link org.orrery.model.Tunnel#getProtocol <em>Protocol</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getTunnel()
 * @model
 * @generated
 */
public interface Tunnel extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(OverlayNode)
	 * @see org.orrery.model.OrreryPackage#getTunnel_Source()
	 * @model required="true"
	 * @generated
	 */
	OverlayNode getSource();

	/**
	 * Sets the value of the '{@link org.orrery.model.Tunnel#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(OverlayNode value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(OverlayNode)
	 * @see org.orrery.model.OrreryPackage#getTunnel_Target()
	 * @model required="true"
	 * @generated
	 */
	OverlayNode getTarget();

	/**
	 * Sets the value of the '{@link org.orrery.model.Tunnel#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(OverlayNode value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The default value is <code>"udp"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.TunnelProtocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transport of the tunnel. Default UDP (VIOLIN: unreliable is fine at layer 2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see org.orrery.model.TunnelProtocol
	 * @see #setProtocol(TunnelProtocol)
	 * @see org.orrery.model.OrreryPackage#getTunnel_Protocol()
	 * @model default="udp"
	 * @generated
	 */
	TunnelProtocol getProtocol();

	/**
	 * Sets the value of the '{@link org.orrery.model.Tunnel#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see org.orrery.model.TunnelProtocol
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(TunnelProtocol value);

} // Tunnel
