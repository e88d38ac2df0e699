/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Application</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A program run in the cloud: actor runtimes with actors, process groups, and jobs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.Application#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.orrery.model.Application#getRuntimes <em>Runtimes</em>}</li>
 *   <li>{@link org.orrery.model.Application#getProcessGroups <em>Process Groups</em>}</li>
 *   <li>{@link org.orrery.model.Application#getJobs <em>Jobs</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getApplication()
 * @model
 * @generated
 */
public interface Application extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User who submits it (COS user 1, user 2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.orrery.model.OrreryPackage#getApplication_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.orrery.model.Application#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Runtimes</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.ActorRuntime}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Actor runtimes (theaters), one per guest VM.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Runtimes</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getApplication_Runtimes()
	 * @model containment="true"
	 * @generated
	 */
	EList<ActorRuntime> getRuntimes();

	/**
	 * Returns the value of the '<em><b>Process Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.ProcessGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Process groups that must stay together when a VM is split.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Process Groups</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getApplication_ProcessGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProcessGroup> getProcessGroups();

	/**
	 * Returns the value of the '<em><b>Jobs</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.Job}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Jobs (benchmarks and batch work).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jobs</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getApplication_Jobs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Job> getJobs();

} // Application
