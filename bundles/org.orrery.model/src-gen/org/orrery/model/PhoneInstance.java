/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Phone Instance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An isolated virtual phone (personal or corporate) with one augmented clone in the cloud.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.PhoneInstance#getRole <em>Role</em>}</li>
 *   <li>{@link org.orrery.model.PhoneInstance#getState <em>State</em>}</li>
 *   <li>{@link org.orrery.model.PhoneInstance#getPendingChangesKB <em>Pending Changes KB</em>}</li>
 *   <li>{@link org.orrery.model.PhoneInstance#getClone <em>Clone</em>}</li>
 *   <li>{@link org.orrery.model.PhoneInstance#getSyncPolicy <em>Sync Policy</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getPhoneInstance()
 * @model
 * @generated
 */
public interface PhoneInstance extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The default value is <code>"personal"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.InstanceRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Personal or corporate. Default personal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.orrery.model.InstanceRole
	 * @see #setRole(InstanceRole)
	 * @see org.orrery.model.OrreryPackage#getPhoneInstance_Role()
	 * @model default="personal"
	 * @generated
	 */
	InstanceRole getRole();

	/**
	 * Sets the value of the '{@link org.orrery.model.PhoneInstance#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.orrery.model.InstanceRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(InstanceRole value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The default value is <code>"running"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.PhoneInstanceState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Phase of the offload protocol. Default running.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.orrery.model.PhoneInstanceState
	 * @see #setState(PhoneInstanceState)
	 * @see org.orrery.model.OrreryPackage#getPhoneInstance_State()
	 * @model default="running"
	 * @generated
	 */
	PhoneInstanceState getState();

	/**
	 * Sets the value of the '{@link org.orrery.model.PhoneInstance#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.orrery.model.PhoneInstanceState
	 * @see #getState()
	 * @generated
	 */
	void setState(PhoneInstanceState value);

	/**
	 * Returns the value of the '<em><b>Pending Changes KB</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Storage changes not yet synchronized, in KiB. Default 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pending Changes KB</em>' attribute.
	 * @see #setPendingChangesKB(double)
	 * @see org.orrery.model.OrreryPackage#getPhoneInstance_PendingChangesKB()
	 * @model default="0.0"
	 * @generated
	 */
	double getPendingChangesKB();

	/**
	 * Sets the value of the '{@link org.orrery.model.PhoneInstance#getPendingChangesKB <em>Pending Changes KB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pending Changes KB</em>' attribute.
	 * @see #getPendingChangesKB()
	 * @generated
	 */
	void setPendingChangesKB(double value);

	/**
	 * Returns the value of the '<em><b>Clone</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.orrery.model.Clone#getInstance <em>Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The instance's clone (derived from the clone's instance; not saved).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clone</em>' reference.
	 * @see #setClone(Clone)
	 * @see org.orrery.model.OrreryPackage#getPhoneInstance_Clone()
	 * @see org.orrery.model.Clone#getInstance
	 * @model opposite="instance" transient="true"
	 * @generated
	 */
	Clone getClone();

	/**
	 * Sets the value of the '{@link org.orrery.model.PhoneInstance#getClone <em>Clone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clone</em>' reference.
	 * @see #getClone()
	 * @generated
	 */
	void setClone(Clone value);

	/**
	 * Returns the value of the '<em><b>Sync Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When and how the instance and its clone synchronize.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sync Policy</em>' containment reference.
	 * @see #setSyncPolicy(SyncPolicy)
	 * @see org.orrery.model.OrreryPackage#getPhoneInstance_SyncPolicy()
	 * @model containment="true"
	 * @generated
	 */
	SyncPolicy getSyncPolicy();

	/**
	 * Sets the value of the '{@link org.orrery.model.PhoneInstance#getSyncPolicy <em>Sync Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sync Policy</em>' containment reference.
	 * @see #getSyncPolicy()
	 * @generated
	 */
	void setSyncPolicy(SyncPolicy value);

} // PhoneInstance
