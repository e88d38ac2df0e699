/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Process Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Processes that must stay together (a web server and its database, one user's processes).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.ProcessGroup#getVm <em>Vm</em>}</li>
 *   <li>{@link org.orrery.model.ProcessGroup#getProcesses <em>Processes</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getProcessGroup()
 * @model
 * @generated
 */
public interface ProcessGroup extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Vm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VM the group runs in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vm</em>' reference.
	 * @see #setVm(VirtualMachine)
	 * @see org.orrery.model.OrreryPackage#getProcessGroup_Vm()
	 * @model
	 * @generated
	 */
	VirtualMachine getVm();

	/**
	 * Sets the value of the '{@link org.orrery.model.ProcessGroup#getVm <em>Vm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vm</em>' reference.
	 * @see #getVm()
	 * @generated
	 */
	void setVm(VirtualMachine value);

	/**
	 * Returns the value of the '<em><b>Processes</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.GuestProcess}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Processes of the group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Processes</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getProcessGroup_Processes()
	 * @model containment="true"
	 * @generated
	 */
	EList<GuestProcess> getProcesses();

} // ProcessGroup
