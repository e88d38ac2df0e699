/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Phone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mobile phone whose hypervisor runs isolated virtual phone instances (AMPhone).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.Phone#getSoc <em>Soc</em>}</li>
 *   <li>{@link org.orrery.model.Phone#getCores <em>Cores</em>}</li>
 *   <li>{@link org.orrery.model.Phone#getClockGHz <em>Clock GHz</em>}</li>
 *   <li>{@link org.orrery.model.Phone#getMemoryMB <em>Memory MB</em>}</li>
 *   <li>{@link org.orrery.model.Phone#getStorageGB <em>Storage GB</em>}</li>
 *   <li>{@link org.orrery.model.Phone#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.orrery.model.Phone#getVirtualizationOverhead <em>Virtualization Overhead</em>}</li>
 *   <li>{@link org.orrery.model.Phone#getInstances <em>Instances</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getPhone()
 * @model
 * @generated
 */
public interface Phone extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Soc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System on chip, for example Allwinner A20.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Soc</em>' attribute.
	 * @see #setSoc(String)
	 * @see org.orrery.model.OrreryPackage#getPhone_Soc()
	 * @model
	 * @generated
	 */
	String getSoc();

	/**
	 * Sets the value of the '{@link org.orrery.model.Phone#getSoc <em>Soc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Soc</em>' attribute.
	 * @see #getSoc()
	 * @generated
	 */
	void setSoc(String value);

	/**
	 * Returns the value of the '<em><b>Cores</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPU cores. Default 2 (Cubieboard2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cores</em>' attribute.
	 * @see #setCores(int)
	 * @see org.orrery.model.OrreryPackage#getPhone_Cores()
	 * @model default="2"
	 * @generated
	 */
	int getCores();

	/**
	 * Sets the value of the '{@link org.orrery.model.Phone#getCores <em>Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cores</em>' attribute.
	 * @see #getCores()
	 * @generated
	 */
	void setCores(int value);

	/**
	 * Returns the value of the '<em><b>Clock GHz</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Core clock in GHz. Default 1.0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clock GHz</em>' attribute.
	 * @see #setClockGHz(double)
	 * @see org.orrery.model.OrreryPackage#getPhone_ClockGHz()
	 * @model default="1.0"
	 * @generated
	 */
	double getClockGHz();

	/**
	 * Sets the value of the '{@link org.orrery.model.Phone#getClockGHz <em>Clock GHz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clock GHz</em>' attribute.
	 * @see #getClockGHz()
	 * @generated
	 */
	void setClockGHz(double value);

	/**
	 * Returns the value of the '<em><b>Memory MB</b></em>' attribute.
	 * The default value is <code>"1024"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Memory in MiB. Default 1024.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory MB</em>' attribute.
	 * @see #setMemoryMB(int)
	 * @see org.orrery.model.OrreryPackage#getPhone_MemoryMB()
	 * @model default="1024"
	 * @generated
	 */
	int getMemoryMB();

	/**
	 * Sets the value of the '{@link org.orrery.model.Phone#getMemoryMB <em>Memory MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory MB</em>' attribute.
	 * @see #getMemoryMB()
	 * @generated
	 */
	void setMemoryMB(int value);

	/**
	 * Returns the value of the '<em><b>Storage GB</b></em>' attribute.
	 * The default value is <code>"16.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Storage in GiB. Default 16 (the source's 16-64 GB range).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Storage GB</em>' attribute.
	 * @see #setStorageGB(double)
	 * @see org.orrery.model.OrreryPackage#getPhone_StorageGB()
	 * @model default="16.0"
	 * @generated
	 */
	double getStorageGB();

	/**
	 * Sets the value of the '{@link org.orrery.model.Phone#getStorageGB <em>Storage GB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage GB</em>' attribute.
	 * @see #getStorageGB()
	 * @generated
	 */
	void setStorageGB(double value);

	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * The default value is <code>"arm"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.Architecture}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Instruction set; clones must match it. Default ARM.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see org.orrery.model.Architecture
	 * @see #setArchitecture(Architecture)
	 * @see org.orrery.model.OrreryPackage#getPhone_Architecture()
	 * @model default="arm"
	 * @generated
	 */
	Architecture getArchitecture();

	/**
	 * Sets the value of the '{@link org.orrery.model.Phone#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see org.orrery.model.Architecture
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(Architecture value);

	/**
	 * Returns the value of the '<em><b>Virtualization Overhead</b></em>' attribute.
	 * The default value is <code>"0.065"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Slow-down of an instance against the bare phone, as a fraction. Default 0.065 (5-8% measured).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Virtualization Overhead</em>' attribute.
	 * @see #setVirtualizationOverhead(double)
	 * @see org.orrery.model.OrreryPackage#getPhone_VirtualizationOverhead()
	 * @model default="0.065"
	 * @generated
	 */
	double getVirtualizationOverhead();

	/**
	 * Sets the value of the '{@link org.orrery.model.Phone#getVirtualizationOverhead <em>Virtualization Overhead</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Virtualization Overhead</em>' attribute.
	 * @see #getVirtualizationOverhead()
	 * @generated
	 */
	void setVirtualizationOverhead(double value);

	/**
	 * Returns the value of the '<em><b>Instances</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.PhoneInstance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual phone instances.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instances</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getPhone_Instances()
	 * @model containment="true"
	 * @generated
	 */
	EList<PhoneInstance> getInstances();

} // Phone
