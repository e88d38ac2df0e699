/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Spinlock Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Spinlock behaviour of a workload in a 3 s sampling window (SBCO calibration).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.SpinlockProfile#getMeanHoldUs <em>Mean Hold Us</em>}</li>
 *   <li>{@link org.orrery.model.SpinlockProfile#getCallsPerWindow <em>Calls Per Window</em>}</li>
 *   <li>{@link org.orrery.model.SpinlockProfile#getIrqMeanHoldUs <em>Irq Mean Hold Us</em>}</li>
 *   <li>{@link org.orrery.model.SpinlockProfile#getIrqCallsPerWindow <em>Irq Calls Per Window</em>}</li>
 *   <li>{@link org.orrery.model.SpinlockProfile#getWindowS <em>Window S</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getSpinlockProfile()
 * @model
 * @generated
 */
public interface SpinlockProfile extends EObject {
	/**
	 * Returns the value of the '<em><b>Mean Hold Us</b></em>' attribute.
	 * The default value is <code>"0.65"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean spin_lock hold time in microseconds. Default 0.65 (Kernbench).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mean Hold Us</em>' attribute.
	 * @see #setMeanHoldUs(double)
	 * @see org.orrery.model.OrreryPackage#getSpinlockProfile_MeanHoldUs()
	 * @model default="0.65"
	 * @generated
	 */
	double getMeanHoldUs();

	/**
	 * Sets the value of the '{@link org.orrery.model.SpinlockProfile#getMeanHoldUs <em>Mean Hold Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean Hold Us</em>' attribute.
	 * @see #getMeanHoldUs()
	 * @generated
	 */
	void setMeanHoldUs(double value);

	/**
	 * Returns the value of the '<em><b>Calls Per Window</b></em>' attribute.
	 * The default value is <code>"3.71309982E8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * spin_lock calls per sampling window. Default 371309982 (Kernbench).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calls Per Window</em>' attribute.
	 * @see #setCallsPerWindow(double)
	 * @see org.orrery.model.OrreryPackage#getSpinlockProfile_CallsPerWindow()
	 * @model default="3.71309982E8"
	 * @generated
	 */
	double getCallsPerWindow();

	/**
	 * Sets the value of the '{@link org.orrery.model.SpinlockProfile#getCallsPerWindow <em>Calls Per Window</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calls Per Window</em>' attribute.
	 * @see #getCallsPerWindow()
	 * @generated
	 */
	void setCallsPerWindow(double value);

	/**
	 * Returns the value of the '<em><b>Irq Mean Hold Us</b></em>' attribute.
	 * The default value is <code>"0.164"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean spin_lock_irq hold time in microseconds. Default 0.164 (Kernbench).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Irq Mean Hold Us</em>' attribute.
	 * @see #setIrqMeanHoldUs(double)
	 * @see org.orrery.model.OrreryPackage#getSpinlockProfile_IrqMeanHoldUs()
	 * @model default="0.164"
	 * @generated
	 */
	double getIrqMeanHoldUs();

	/**
	 * Sets the value of the '{@link org.orrery.model.SpinlockProfile#getIrqMeanHoldUs <em>Irq Mean Hold Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Irq Mean Hold Us</em>' attribute.
	 * @see #getIrqMeanHoldUs()
	 * @generated
	 */
	void setIrqMeanHoldUs(double value);

	/**
	 * Returns the value of the '<em><b>Irq Calls Per Window</b></em>' attribute.
	 * The default value is <code>"1.46834593E8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * spin_lock_irq calls per sampling window. Default 146834593 (Kernbench).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Irq Calls Per Window</em>' attribute.
	 * @see #setIrqCallsPerWindow(double)
	 * @see org.orrery.model.OrreryPackage#getSpinlockProfile_IrqCallsPerWindow()
	 * @model default="1.46834593E8"
	 * @generated
	 */
	double getIrqCallsPerWindow();

	/**
	 * Sets the value of the '{@link org.orrery.model.SpinlockProfile#getIrqCallsPerWindow <em>Irq Calls Per Window</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Irq Calls Per Window</em>' attribute.
	 * @see #getIrqCallsPerWindow()
	 * @generated
	 */
	void setIrqCallsPerWindow(double value);

	/**
	 * Returns the value of the '<em><b>Window S</b></em>' attribute.
	 * The default value is <code>"3.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sampling window in seconds. Default 3.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Window S</em>' attribute.
	 * @see #setWindowS(double)
	 * @see org.orrery.model.OrreryPackage#getSpinlockProfile_WindowS()
	 * @model default="3.0"
	 * @generated
	 */
	double getWindowS();

	/**
	 * Sets the value of the '{@link org.orrery.model.SpinlockProfile#getWindowS <em>Window S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window S</em>' attribute.
	 * @see #getWindowS()
	 * @generated
	 */
	void setWindowS(double value);

} // SpinlockProfile
