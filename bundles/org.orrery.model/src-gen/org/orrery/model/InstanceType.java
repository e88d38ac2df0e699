/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instance Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A size of virtual machine a cloud sells, with its price (Resilin cost model: billed per started hour).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.InstanceType#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.orrery.model.InstanceType#getMemoryMB <em>Memory MB</em>}</li>
 *   <li>{@link org.orrery.model.InstanceType#getPricePerHour <em>Price Per Hour</em>}</li>
 *   <li>{@link org.orrery.model.InstanceType#getServiceFeePerHour <em>Service Fee Per Hour</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getInstanceType()
 * @model
 * @generated
 */
public interface InstanceType extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Vcpus</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual CPUs of an instance. Default 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vcpus</em>' attribute.
	 * @see #setVcpus(int)
	 * @see org.orrery.model.OrreryPackage#getInstanceType_Vcpus()
	 * @model default="1"
	 * @generated
	 */
	int getVcpus();

	/**
	 * Sets the value of the '{@link org.orrery.model.InstanceType#getVcpus <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vcpus</em>' attribute.
	 * @see #getVcpus()
	 * @generated
	 */
	void setVcpus(int value);

	/**
	 * Returns the value of the '<em><b>Memory MB</b></em>' attribute.
	 * The default value is <code>"1024"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Memory of an instance in MiB. Default 1024.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory MB</em>' attribute.
	 * @see #setMemoryMB(int)
	 * @see org.orrery.model.OrreryPackage#getInstanceType_MemoryMB()
	 * @model default="1024"
	 * @generated
	 */
	int getMemoryMB();

	/**
	 * Sets the value of the '{@link org.orrery.model.InstanceType#getMemoryMB <em>Memory MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory MB</em>' attribute.
	 * @see #getMemoryMB()
	 * @generated
	 */
	void setMemoryMB(int value);

	/**
	 * Returns the value of the '<em><b>Price Per Hour</b></em>' attribute.
	 * The default value is <code>"0.17"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Price per started hour in US dollars. Default 0.17 (c1.medium on EC2 in the source).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Price Per Hour</em>' attribute.
	 * @see #setPricePerHour(double)
	 * @see org.orrery.model.OrreryPackage#getInstanceType_PricePerHour()
	 * @model default="0.17"
	 * @generated
	 */
	double getPricePerHour();

	/**
	 * Sets the value of the '{@link org.orrery.model.InstanceType#getPricePerHour <em>Price Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Price Per Hour</em>' attribute.
	 * @see #getPricePerHour()
	 * @generated
	 */
	void setPricePerHour(double value);

	/**
	 * Returns the value of the '<em><b>Service Fee Per Hour</b></em>' attribute.
	 * The default value is <code>"0.03"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extra fee per started hour, for example Amazon EMR's. Default 0.03 (the source's EMR fee).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Fee Per Hour</em>' attribute.
	 * @see #setServiceFeePerHour(double)
	 * @see org.orrery.model.OrreryPackage#getInstanceType_ServiceFeePerHour()
	 * @model default="0.03"
	 * @generated
	 */
	double getServiceFeePerHour();

	/**
	 * Sets the value of the '{@link org.orrery.model.InstanceType#getServiceFeePerHour <em>Service Fee Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Fee Per Hour</em>' attribute.
	 * @see #getServiceFeePerHour()
	 * @generated
	 */
	void setServiceFeePerHour(double value);

} // InstanceType
