/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Actor Runtime</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An actor runtime (SALSA theater): exactly one per guest VM; runs, migrates and delivers messages to actors.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.ActorRuntime#getVm <em>Vm</em>}</li>
 *   <li>{@link org.orrery.model.ActorRuntime#isAgent <em>Agent</em>}</li>
 *   <li>{@link org.orrery.model.ActorRuntime#getActors <em>Actors</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getActorRuntime()
 * @model
 * @generated
 */
public interface ActorRuntime extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Vm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The guest VM the runtime runs in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vm</em>' reference.
	 * @see #setVm(VirtualMachine)
	 * @see org.orrery.model.OrreryPackage#getActorRuntime_Vm()
	 * @model
	 * @generated
	 */
	VirtualMachine getVm();

	/**
	 * Sets the value of the '{@link org.orrery.model.ActorRuntime#getVm <em>Vm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vm</em>' reference.
	 * @see #getVm()
	 * @generated
	 */
	void setVm(VirtualMachine value);

	/**
	 * Returns the value of the '<em><b>Agent</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether an IOS agent balances load for this runtime. Default true.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agent</em>' attribute.
	 * @see #setAgent(boolean)
	 * @see org.orrery.model.OrreryPackage#getActorRuntime_Agent()
	 * @model default="true"
	 * @generated
	 */
	boolean isAgent();

	/**
	 * Sets the value of the '{@link org.orrery.model.ActorRuntime#isAgent <em>Agent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agent</em>' attribute.
	 * @see #isAgent()
	 * @generated
	 */
	void setAgent(boolean value);

	/**
	 * Returns the value of the '<em><b>Actors</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Actors currently in this runtime.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actors</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getActorRuntime_Actors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Actor> getActors();

} // ActorRuntime
