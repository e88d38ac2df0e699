/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Guest Process</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A long-running process inside a guest.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.GuestProcess#getCpuDemand <em>Cpu Demand</em>}</li>
 *   <li>{@link org.orrery.model.GuestProcess#getMemoryMB <em>Memory MB</em>}</li>
 *   <li>{@link org.orrery.model.GuestProcess#getRuntimeS <em>Runtime S</em>}</li>
 *   <li>{@link org.orrery.model.GuestProcess#getDisk <em>Disk</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getGuestProcess()
 * @model
 * @generated
 */
public interface GuestProcess extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Cpu Demand</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPU demand in cores. Default 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu Demand</em>' attribute.
	 * @see #setCpuDemand(double)
	 * @see org.orrery.model.OrreryPackage#getGuestProcess_CpuDemand()
	 * @model default="1.0"
	 * @generated
	 */
	double getCpuDemand();

	/**
	 * Sets the value of the '{@link org.orrery.model.GuestProcess#getCpuDemand <em>Cpu Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Demand</em>' attribute.
	 * @see #getCpuDemand()
	 * @generated
	 */
	void setCpuDemand(double value);

	/**
	 * Returns the value of the '<em><b>Memory MB</b></em>' attribute.
	 * The default value is <code>"256.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Resident memory in MiB. Default 256.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory MB</em>' attribute.
	 * @see #setMemoryMB(double)
	 * @see org.orrery.model.OrreryPackage#getGuestProcess_MemoryMB()
	 * @model default="256.0"
	 * @generated
	 */
	double getMemoryMB();

	/**
	 * Sets the value of the '{@link org.orrery.model.GuestProcess#getMemoryMB <em>Memory MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory MB</em>' attribute.
	 * @see #getMemoryMB()
	 * @generated
	 */
	void setMemoryMB(double value);

	/**
	 * Returns the value of the '<em><b>Runtime S</b></em>' attribute.
	 * The default value is <code>"600.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Run time alone on one core in seconds. Default 600.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Runtime S</em>' attribute.
	 * @see #setRuntimeS(double)
	 * @see org.orrery.model.OrreryPackage#getGuestProcess_RuntimeS()
	 * @model default="600.0"
	 * @generated
	 */
	double getRuntimeS();

	/**
	 * Sets the value of the '{@link org.orrery.model.GuestProcess#getRuntimeS <em>Runtime S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Runtime S</em>' attribute.
	 * @see #getRuntimeS()
	 * @generated
	 */
	void setRuntimeS(double value);

	/**
	 * Returns the value of the '<em><b>Disk</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A process-specific disk that moves with it when VMs merge, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disk</em>' reference.
	 * @see #setDisk(Disk)
	 * @see org.orrery.model.OrreryPackage#getGuestProcess_Disk()
	 * @model
	 * @generated
	 */
	Disk getDisk();

	/**
	 * Sets the value of the '{@link org.orrery.model.GuestProcess#getDisk <em>Disk</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disk</em>' reference.
	 * @see #getDisk()
	 * @generated
	 */
	void setDisk(Disk value);

} // GuestProcess
