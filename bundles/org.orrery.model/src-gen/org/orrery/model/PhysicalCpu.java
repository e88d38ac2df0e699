/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Physical Cpu</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One physical core (or hardware thread) of a host; each has its own run queue in the scheduler models.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.PhysicalCpu#getIndex <em>Index</em>}</li>
 *   <li>{@link org.orrery.model.PhysicalCpu#getSocket <em>Socket</em>}</li>
 *   <li>{@link org.orrery.model.PhysicalCpu#getCore <em>Core</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getPhysicalCpu()
 * @model
 * @generated
 */
public interface PhysicalCpu extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Logical CPU number as the host's kernel numbers it (0-based). Default 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.orrery.model.OrreryPackage#getPhysicalCpu_Index()
	 * @model default="0"
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.orrery.model.PhysicalCpu#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Socket</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Socket (package) the core belongs to. Default 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Socket</em>' attribute.
	 * @see #setSocket(int)
	 * @see org.orrery.model.OrreryPackage#getPhysicalCpu_Socket()
	 * @model default="0"
	 * @generated
	 */
	int getSocket();

	/**
	 * Sets the value of the '{@link org.orrery.model.PhysicalCpu#getSocket <em>Socket</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Socket</em>' attribute.
	 * @see #getSocket()
	 * @generated
	 */
	void setSocket(int value);

	/**
	 * Returns the value of the '<em><b>Core</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Core number inside its socket. Default 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Core</em>' attribute.
	 * @see #setCore(int)
	 * @see org.orrery.model.OrreryPackage#getPhysicalCpu_Core()
	 * @model default="0"
	 * @generated
	 */
	int getCore();

	/**
	 * Sets the value of the '{@link org.orrery.model.PhysicalCpu#getCore <em>Core</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Core</em>' attribute.
	 * @see #getCore()
	 * @generated
	 */
	void setCore(int value);

} // PhysicalCpu
