/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Federation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A federation of IaaS clouds that looks like one local cluster (sky computing): member clouds joined by an overlay network and a context broker.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.Federation#getMembers <em>Members</em>}</li>
 *   <li>{@link org.orrery.model.Federation#getOverlay <em>Overlay</em>}</li>
 *   <li>{@link org.orrery.model.Federation#isContextBroker <em>Context Broker</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getFederation()
 * @model
 * @generated
 */
public interface Federation extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.orrery.model.Cloud}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The clouds federated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.orrery.model.OrreryPackage#getFederation_Members()
	 * @model
	 * @generated
	 */
	EList<Cloud> getMembers();

	/**
	 * Returns the value of the '<em><b>Overlay</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The overlay giving all-to-all connectivity across NATs and firewalls (ViNe in the source).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Overlay</em>' reference.
	 * @see #setOverlay(OverlayNetwork)
	 * @see org.orrery.model.OrreryPackage#getFederation_Overlay()
	 * @model
	 * @generated
	 */
	OverlayNetwork getOverlay();

	/**
	 * Sets the value of the '{@link org.orrery.model.Federation#getOverlay <em>Overlay</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overlay</em>' reference.
	 * @see #getOverlay()
	 * @generated
	 */
	void setOverlay(OverlayNetwork value);

	/**
	 * Returns the value of the '<em><b>Context Broker</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether booting VMs ask a context broker for their roles and their peers' addresses. Default true, as in the source's sky computing runs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Context Broker</em>' attribute.
	 * @see #setContextBroker(boolean)
	 * @see org.orrery.model.OrreryPackage#getFederation_ContextBroker()
	 * @model default="true"
	 * @generated
	 */
	boolean isContextBroker();

	/**
	 * Sets the value of the '{@link org.orrery.model.Federation#isContextBroker <em>Context Broker</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Context Broker</em>' attribute.
	 * @see #isContextBroker()
	 * @generated
	 */
	void setContextBroker(boolean value);

} // Federation
