/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Job</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A unit of work submitted by a user: a benchmark or batch job with its size and where it runs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.Job#getKind <em>Kind</em>}</li>
 *   <li>{@link org.orrery.model.Job#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.orrery.model.Job#getVms <em>Vms</em>}</li>
 *   <li>{@link org.orrery.model.Job#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.orrery.model.Job#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.orrery.model.Job#getProblemSize <em>Problem Size</em>}</li>
 *   <li>{@link org.orrery.model.Job#getIterations <em>Iterations</em>}</li>
 *   <li>{@link org.orrery.model.Job#getMemoryMB <em>Memory MB</em>}</li>
 *   <li>{@link org.orrery.model.Job#getDurationS <em>Duration S</em>}</li>
 *   <li>{@link org.orrery.model.Job#getActorCount <em>Actor Count</em>}</li>
 *   <li>{@link org.orrery.model.Job#getSpinlock <em>Spinlock</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getJob()
 * @model
 * @generated
 */
public interface Job extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"idle"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.JobKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Workload. Default idle.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.orrery.model.JobKind
	 * @see #setKind(JobKind)
	 * @see org.orrery.model.OrreryPackage#getJob_Kind()
	 * @model default="idle"
	 * @generated
	 */
	JobKind getKind();

	/**
	 * Sets the value of the '{@link org.orrery.model.Job#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.orrery.model.JobKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(JobKind value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User who submits it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.orrery.model.OrreryPackage#getJob_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.orrery.model.Job#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Vms</b></em>' reference list.
	 * The list contents are of type {@link org.orrery.model.VirtualMachine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VMs the job runs on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vms</em>' reference list.
	 * @see org.orrery.model.OrreryPackage#getJob_Vms()
	 * @model
	 * @generated
	 */
	EList<VirtualMachine> getVms();

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nodes (VMs) the job asks for. Default 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nodes</em>' attribute.
	 * @see #setNodes(int)
	 * @see org.orrery.model.OrreryPackage#getJob_Nodes()
	 * @model default="1"
	 * @generated
	 */
	int getNodes();

	/**
	 * Sets the value of the '{@link org.orrery.model.Job#getNodes <em>Nodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nodes</em>' attribute.
	 * @see #getNodes()
	 * @generated
	 */
	void setNodes(int value);

	/**
	 * Returns the value of the '<em><b>Threads</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Threads or processes per node (make -j 16 for Kernbench). Default 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threads</em>' attribute.
	 * @see #setThreads(int)
	 * @see org.orrery.model.OrreryPackage#getJob_Threads()
	 * @model default="1"
	 * @generated
	 */
	int getThreads();

	/**
	 * Sets the value of the '{@link org.orrery.model.Job#getThreads <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threads</em>' attribute.
	 * @see #getThreads()
	 * @generated
	 */
	void setThreads(int value);

	/**
	 * Returns the value of the '<em><b>Problem Size</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Problem size (HPL N, grid side, warehouses). Default 0 (the workload's own default).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problem Size</em>' attribute.
	 * @see #setProblemSize(int)
	 * @see org.orrery.model.OrreryPackage#getJob_ProblemSize()
	 * @model default="0"
	 * @generated
	 */
	int getProblemSize();

	/**
	 * Sets the value of the '{@link org.orrery.model.Job#getProblemSize <em>Problem Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Problem Size</em>' attribute.
	 * @see #getProblemSize()
	 * @generated
	 */
	void setProblemSize(int value);

	/**
	 * Returns the value of the '<em><b>Iterations</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Iterations (300 for the COS heat diffusion). Default 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Iterations</em>' attribute.
	 * @see #setIterations(int)
	 * @see org.orrery.model.OrreryPackage#getJob_Iterations()
	 * @model default="1"
	 * @generated
	 */
	int getIterations();

	/**
	 * Sets the value of the '{@link org.orrery.model.Job#getIterations <em>Iterations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iterations</em>' attribute.
	 * @see #getIterations()
	 * @generated
	 */
	void setIterations(int value);

	/**
	 * Returns the value of the '<em><b>Memory MB</b></em>' attribute.
	 * The default value is <code>"200.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Memory per node in MiB. Default 200 (the VIOLIN HPL size).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory MB</em>' attribute.
	 * @see #setMemoryMB(double)
	 * @see org.orrery.model.OrreryPackage#getJob_MemoryMB()
	 * @model default="200.0"
	 * @generated
	 */
	double getMemoryMB();

	/**
	 * Sets the value of the '{@link org.orrery.model.Job#getMemoryMB <em>Memory MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory MB</em>' attribute.
	 * @see #getMemoryMB()
	 * @generated
	 */
	void setMemoryMB(double value);

	/**
	 * Returns the value of the '<em><b>Duration S</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Run time alone on its nodes, in seconds; 0 means computed by the workload model. Default 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration S</em>' attribute.
	 * @see #setDurationS(double)
	 * @see org.orrery.model.OrreryPackage#getJob_DurationS()
	 * @model default="0.0"
	 * @generated
	 */
	double getDurationS();

	/**
	 * Sets the value of the '{@link org.orrery.model.Job#getDurationS <em>Duration S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration S</em>' attribute.
	 * @see #getDurationS()
	 * @generated
	 */
	void setDurationS(double value);

	/**
	 * Returns the value of the '<em><b>Actor Count</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Actors the job is split into (COS: 8 per user). Default 0 (not an actor program).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actor Count</em>' attribute.
	 * @see #setActorCount(int)
	 * @see org.orrery.model.OrreryPackage#getJob_ActorCount()
	 * @model default="0"
	 * @generated
	 */
	int getActorCount();

	/**
	 * Sets the value of the '{@link org.orrery.model.Job#getActorCount <em>Actor Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor Count</em>' attribute.
	 * @see #getActorCount()
	 * @generated
	 */
	void setActorCount(int value);

	/**
	 * Returns the value of the '<em><b>Spinlock</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lock behaviour of the guest kernel under this workload (SBCO).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spinlock</em>' containment reference.
	 * @see #setSpinlock(SpinlockProfile)
	 * @see org.orrery.model.OrreryPackage#getJob_Spinlock()
	 * @model containment="true"
	 * @generated
	 */
	SpinlockProfile getSpinlock();

	/**
	 * Sets the value of the '{@link org.orrery.model.Job#getSpinlock <em>Spinlock</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spinlock</em>' containment reference.
	 * @see #getSpinlock()
	 * @generated
	 */
	void setSpinlock(SpinlockProfile value);

} // Job
