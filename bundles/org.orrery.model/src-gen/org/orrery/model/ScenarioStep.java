/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One scripted action at a point in time ('at 60 s submit user 2's job', 'at 30 s migrate these 16 VMs').
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.ScenarioStep#getAtS <em>At S</em>}</li>
 *   <li>{@link org.orrery.model.ScenarioStep#getAction <em>Action</em>}</li>
 *   <li>{@link org.orrery.model.ScenarioStep#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.orrery.model.ScenarioStep#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.orrery.model.ScenarioStep#getParameters <em>Parameters</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getScenarioStep()
 * @model
 * @generated
 */
public interface ScenarioStep extends NamedElement {
	/**
	 * Returns the value of the '<em><b>At S</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time of the step in seconds from the experiment start. Default 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At S</em>' attribute.
	 * @see #setAtS(double)
	 * @see org.orrery.model.OrreryPackage#getScenarioStep_AtS()
	 * @model default="0.0"
	 * @generated
	 */
	double getAtS();

	/**
	 * Sets the value of the '{@link org.orrery.model.ScenarioStep#getAtS <em>At S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At S</em>' attribute.
	 * @see #getAtS()
	 * @generated
	 */
	void setAtS(double value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * The default value is <code>"submitJob"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.StepAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happens. Default submitJob.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see org.orrery.model.StepAction
	 * @see #setAction(StepAction)
	 * @see org.orrery.model.OrreryPackage#getScenarioStep_Action()
	 * @model default="submitJob"
	 * @generated
	 */
	StepAction getAction();

	/**
	 * Sets the value of the '{@link org.orrery.model.ScenarioStep#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see org.orrery.model.StepAction
	 * @see #getAction()
	 * @generated
	 */
	void setAction(StepAction value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' reference list.
	 * The list contents are of type {@link org.orrery.model.NamedElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Objects acted on (a job, VMs, actors, a phone instance).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets</em>' reference list.
	 * @see org.orrery.model.OrreryPackage#getScenarioStep_Targets()
	 * @model
	 * @generated
	 */
	EList<NamedElement> getTargets();

	/**
	 * Returns the value of the '<em><b>Destination</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where they go (a host, a site, a VM), for moves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Destination</em>' reference.
	 * @see #setDestination(NamedElement)
	 * @see org.orrery.model.OrreryPackage#getScenarioStep_Destination()
	 * @model
	 * @generated
	 */
	NamedElement getDestination();

	/**
	 * Sets the value of the '{@link org.orrery.model.ScenarioStep#getDestination <em>Destination</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destination</em>' reference.
	 * @see #getDestination()
	 * @generated
	 */
	void setDestination(NamedElement value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extra settings of the step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getScenarioStep_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

} // ScenarioStep
