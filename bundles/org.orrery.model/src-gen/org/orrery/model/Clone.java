/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Clone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The cloud twin of a phone instance: a cloud VM running the same binaries with more cores, memory and storage.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.Clone#getInstance <em>Instance</em>}</li>
 *   <li>{@link org.orrery.model.Clone#getSpeedUp <em>Speed Up</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getClone()
 * @model
 * @generated
 */
public interface Clone extends VirtualMachine {
	/**
	 * Returns the value of the '<em><b>Instance</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.orrery.model.PhoneInstance#getClone <em>Clone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The phone instance this clone augments (one-to-one).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instance</em>' reference.
	 * @see #setInstance(PhoneInstance)
	 * @see org.orrery.model.OrreryPackage#getClone_Instance()
	 * @see org.orrery.model.PhoneInstance#getClone
	 * @model opposite="clone"
	 * @generated
	 */
	PhoneInstance getInstance();

	/**
	 * Sets the value of the '{@link org.orrery.model.Clone#getInstance <em>Instance</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instance</em>' reference.
	 * @see #getInstance()
	 * @generated
	 */
	void setInstance(PhoneInstance value);

	/**
	 * Returns the value of the '<em><b>Speed Up</b></em>' attribute.
	 * The default value is <code>"5.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Speed of the clone relative to the phone. Default 5 (the source measured 5-12x).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Speed Up</em>' attribute.
	 * @see #setSpeedUp(double)
	 * @see org.orrery.model.OrreryPackage#getClone_SpeedUp()
	 * @model default="5.0"
	 * @generated
	 */
	double getSpeedUp();

	/**
	 * Sets the value of the '{@link org.orrery.model.Clone#getSpeedUp <em>Speed Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speed Up</em>' attribute.
	 * @see #getSpeedUp()
	 * @generated
	 */
	void setSpeedUp(double value);

} // Clone
