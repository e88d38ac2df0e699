/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.orrery.model.Clone;
import org.orrery.model.InstanceRole;
import org.orrery.model.OrreryPackage;
import org.orrery.model.PhoneInstance;
import org.orrery.model.PhoneInstanceState;
import org.orrery.model.SyncPolicy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Phone Instance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.PhoneInstanceImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.orrery.model.impl.PhoneInstanceImpl#getState <em>State</em>}</li>
 *   <li>{@link org.orrery.model.impl.PhoneInstanceImpl#getPendingChangesKB <em>Pending Changes KB</em>}</li>
 *   <li>{@link org.orrery.model.impl.PhoneInstanceImpl#getClone <em>Clone</em>}</li>
 *   <li>{@link org.orrery.model.impl.PhoneInstanceImpl#getSyncPolicy <em>Sync Policy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PhoneInstanceImpl extends NamedElementImpl implements PhoneInstance {
	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final InstanceRole ROLE_EDEFAULT = InstanceRole.PERSONAL;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected InstanceRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final PhoneInstanceState STATE_EDEFAULT = PhoneInstanceState.RUNNING;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected PhoneInstanceState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPendingChangesKB() <em>Pending Changes KB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPendingChangesKB()
	 * @generated
	 * @ordered
	 */
	protected static final double PENDING_CHANGES_KB_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPendingChangesKB() <em>Pending Changes KB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPendingChangesKB()
	 * @generated
	 * @ordered
	 */
	protected double pendingChangesKB = PENDING_CHANGES_KB_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClone() <em>Clone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClone()
	 * @generated
	 * @ordered
	 */
	protected Clone clone;

	/**
	 * The cached value of the '{@link #getSyncPolicy() <em>Sync Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSyncPolicy()
	 * @generated
	 * @ordered
	 */
	protected SyncPolicy syncPolicy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PhoneInstanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.PHONE_INSTANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstanceRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(InstanceRole newRole) {
		InstanceRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.PHONE_INSTANCE__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhoneInstanceState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(PhoneInstanceState newState) {
		PhoneInstanceState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.PHONE_INSTANCE__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPendingChangesKB() {
		return pendingChangesKB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPendingChangesKB(double newPendingChangesKB) {
		double oldPendingChangesKB = pendingChangesKB;
		pendingChangesKB = newPendingChangesKB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.PHONE_INSTANCE__PENDING_CHANGES_KB, oldPendingChangesKB, pendingChangesKB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Clone getClone() {
		if (clone != null && clone.eIsProxy()) {
			InternalEObject oldClone = (InternalEObject)clone;
			clone = (Clone)eResolveProxy(oldClone);
			if (clone != oldClone) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrreryPackage.PHONE_INSTANCE__CLONE, oldClone, clone));
			}
		}
		return clone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Clone basicGetClone() {
		return clone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetClone(Clone newClone, NotificationChain msgs) {
		Clone oldClone = clone;
		clone = newClone;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, OrreryPackage.PHONE_INSTANCE__CLONE, oldClone, newClone);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClone(Clone newClone) {
		if (newClone != clone) {
			NotificationChain msgs = null;
			if (clone != null)
				msgs = ((InternalEObject)clone).eInverseRemove(this, OrreryPackage.CLONE__INSTANCE, Clone.class, msgs);
			if (newClone != null)
				msgs = ((InternalEObject)newClone).eInverseAdd(this, OrreryPackage.CLONE__INSTANCE, Clone.class, msgs);
			msgs = basicSetClone(newClone, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.PHONE_INSTANCE__CLONE, newClone, newClone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SyncPolicy getSyncPolicy() {
		return syncPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSyncPolicy(SyncPolicy newSyncPolicy, NotificationChain msgs) {
		SyncPolicy oldSyncPolicy = syncPolicy;
		syncPolicy = newSyncPolicy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, OrreryPackage.PHONE_INSTANCE__SYNC_POLICY, oldSyncPolicy, newSyncPolicy);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSyncPolicy(SyncPolicy newSyncPolicy) {
		if (newSyncPolicy != syncPolicy) {
			NotificationChain msgs = null;
			if (syncPolicy != null)
				msgs = ((InternalEObject)syncPolicy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - OrreryPackage.PHONE_INSTANCE__SYNC_POLICY, null, msgs);
			if (newSyncPolicy != null)
				msgs = ((InternalEObject)newSyncPolicy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - OrreryPackage.PHONE_INSTANCE__SYNC_POLICY, null, msgs);
			msgs = basicSetSyncPolicy(newSyncPolicy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.PHONE_INSTANCE__SYNC_POLICY, newSyncPolicy, newSyncPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrreryPackage.PHONE_INSTANCE__CLONE:
				if (clone != null)
					msgs = ((InternalEObject)clone).eInverseRemove(this, OrreryPackage.CLONE__INSTANCE, Clone.class, msgs);
				return basicSetClone((Clone)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrreryPackage.PHONE_INSTANCE__CLONE:
				return basicSetClone(null, msgs);
			case OrreryPackage.PHONE_INSTANCE__SYNC_POLICY:
				return basicSetSyncPolicy(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.PHONE_INSTANCE__ROLE:
				return getRole();
			case OrreryPackage.PHONE_INSTANCE__STATE:
				return getState();
			case OrreryPackage.PHONE_INSTANCE__PENDING_CHANGES_KB:
				return getPendingChangesKB();
			case OrreryPackage.PHONE_INSTANCE__CLONE:
				if (resolve) return getClone();
				return basicGetClone();
			case OrreryPackage.PHONE_INSTANCE__SYNC_POLICY:
				return getSyncPolicy();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrreryPackage.PHONE_INSTANCE__ROLE:
				setRole((InstanceRole)newValue);
				return;
			case OrreryPackage.PHONE_INSTANCE__STATE:
				setState((PhoneInstanceState)newValue);
				return;
			case OrreryPackage.PHONE_INSTANCE__PENDING_CHANGES_KB:
				setPendingChangesKB((Double)newValue);
				return;
			case OrreryPackage.PHONE_INSTANCE__CLONE:
				setClone((Clone)newValue);
				return;
			case OrreryPackage.PHONE_INSTANCE__SYNC_POLICY:
				setSyncPolicy((SyncPolicy)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OrreryPackage.PHONE_INSTANCE__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case OrreryPackage.PHONE_INSTANCE__STATE:
				setState(STATE_EDEFAULT);
				return;
			case OrreryPackage.PHONE_INSTANCE__PENDING_CHANGES_KB:
				setPendingChangesKB(PENDING_CHANGES_KB_EDEFAULT);
				return;
			case OrreryPackage.PHONE_INSTANCE__CLONE:
				setClone((Clone)null);
				return;
			case OrreryPackage.PHONE_INSTANCE__SYNC_POLICY:
				setSyncPolicy((SyncPolicy)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OrreryPackage.PHONE_INSTANCE__ROLE:
				return role != ROLE_EDEFAULT;
			case OrreryPackage.PHONE_INSTANCE__STATE:
				return state != STATE_EDEFAULT;
			case OrreryPackage.PHONE_INSTANCE__PENDING_CHANGES_KB:
				return pendingChangesKB != PENDING_CHANGES_KB_EDEFAULT;
			case OrreryPackage.PHONE_INSTANCE__CLONE:
				return clone != null;
			case OrreryPackage.PHONE_INSTANCE__SYNC_POLICY:
				return syncPolicy != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (role: ");
		result.append(role);
		result.append(", state: ");
		result.append(state);
		result.append(", pendingChangesKB: ");
		result.append(pendingChangesKB);
		result.append(')');
		return result.toString();
	}

} //PhoneInstanceImpl
