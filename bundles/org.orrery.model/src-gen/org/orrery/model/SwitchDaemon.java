/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Switch Daemon</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A VIOLIN switch daemon: one per VIOLIN per host that runs a VM of it; keeps a MAC table and wraps frames in UDP.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.SwitchDaemon#getPort <em>Port</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getSwitchDaemon()
 * @model
 * @generated
 */
public interface SwitchDaemon extends OverlayNode {
	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * The default value is <code>"5000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * UDP port of the daemon. Default 5000 (assumption).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see org.orrery.model.OrreryPackage#getSwitchDaemon_Port()
	 * @model default="5000"
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link org.orrery.model.SwitchDaemon#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

} // SwitchDaemon
