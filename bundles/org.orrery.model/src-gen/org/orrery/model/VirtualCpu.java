/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Virtual Cpu</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One virtual CPU of a VM: a thread on the host, placed on a pCPU run queue.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.VirtualCpu#getIndex <em>Index</em>}</li>
 *   <li>{@link org.orrery.model.VirtualCpu#getAffinity <em>Affinity</em>}</li>
 *   <li>{@link org.orrery.model.VirtualCpu#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.orrery.model.VirtualCpu#isOnline <em>Online</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getVirtualCpu()
 * @model
 * @generated
 */
public interface VirtualCpu extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vCPU number inside the guest (0-based). Default 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.orrery.model.OrreryPackage#getVirtualCpu_Index()
	 * @model default="0"
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.orrery.model.VirtualCpu#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Affinity</b></em>' reference list.
	 * The list contents are of type {@link org.orrery.model.PhysicalCpu}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pCPUs this vCPU may run on. Empty means: any pCPU of the host.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Affinity</em>' reference list.
	 * @see org.orrery.model.OrreryPackage#getVirtualCpu_Affinity()
	 * @model
	 * @generated
	 */
	EList<PhysicalCpu> getAffinity();

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"1024"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CFS weight of the vCPU thread. Default 1024 (NICE_0_LOAD).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(int)
	 * @see org.orrery.model.OrreryPackage#getVirtualCpu_Weight()
	 * @model default="1024"
	 * @generated
	 */
	int getWeight();

	/**
	 * Sets the value of the '{@link org.orrery.model.VirtualCpu#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(int value);

	/**
	 * Returns the value of the '<em><b>Online</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the vCPU is plugged in (hot-plug during substrate activation or merging). Default true.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Online</em>' attribute.
	 * @see #setOnline(boolean)
	 * @see org.orrery.model.OrreryPackage#getVirtualCpu_Online()
	 * @model default="true"
	 * @generated
	 */
	boolean isOnline();

	/**
	 * Sets the value of the '{@link org.orrery.model.VirtualCpu#isOnline <em>Online</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Online</em>' attribute.
	 * @see #isOnline()
	 * @generated
	 */
	void setOnline(boolean value);

} // VirtualCpu
