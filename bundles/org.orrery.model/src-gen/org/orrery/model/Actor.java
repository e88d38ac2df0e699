/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Actor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A unit of an actor program: private state, so it can move between runtimes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.Actor#getStateSizeKB <em>State Size KB</em>}</li>
 *   <li>{@link org.orrery.model.Actor#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.orrery.model.Actor#getUser <em>User</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getActor()
 * @model
 * @generated
 */
public interface Actor extends NamedElement {
	/**
	 * Returns the value of the '<em><b>State Size KB</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size of the actor's state in KiB (migration cost). Default 0 (an empty actor).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State Size KB</em>' attribute.
	 * @see #setStateSizeKB(double)
	 * @see org.orrery.model.OrreryPackage#getActor_StateSizeKB()
	 * @model default="0.0"
	 * @generated
	 */
	double getStateSizeKB();

	/**
	 * Sets the value of the '{@link org.orrery.model.Actor#getStateSizeKB <em>State Size KB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State Size KB</em>' attribute.
	 * @see #getStateSizeKB()
	 * @generated
	 */
	void setStateSizeKB(double value);

	/**
	 * Returns the value of the '<em><b>Partners</b></em>' reference list.
	 * The list contents are of type {@link org.orrery.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Actors it exchanges messages with (heat diffusion neighbours).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partners</em>' reference list.
	 * @see org.orrery.model.OrreryPackage#getActor_Partners()
	 * @model
	 * @generated
	 */
	EList<Actor> getPartners();

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User the actor belongs to (for colouring).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see org.orrery.model.OrreryPackage#getActor_User()
	 * @model
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link org.orrery.model.Actor#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

} // Actor
