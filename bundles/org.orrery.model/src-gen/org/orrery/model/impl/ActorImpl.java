/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.orrery.model.Actor;
import org.orrery.model.OrreryPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Actor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.ActorImpl#getStateSizeKB <em>State Size KB</em>}</li>
 *   <li>{@link org.orrery.model.impl.ActorImpl#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.orrery.model.impl.ActorImpl#getUser <em>User</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActorImpl extends NamedElementImpl implements Actor {
	/**
	 * The default value of the '{@link #getStateSizeKB() <em>State Size KB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateSizeKB()
	 * @generated
	 * @ordered
	 */
	protected static final double STATE_SIZE_KB_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getStateSizeKB() <em>State Size KB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateSizeKB()
	 * @generated
	 * @ordered
	 */
	protected double stateSizeKB = STATE_SIZE_KB_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPartners() <em>Partners</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartners()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> partners;

	/**
	 * The default value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected String user = USER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.ACTOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStateSizeKB() {
		return stateSizeKB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStateSizeKB(double newStateSizeKB) {
		double oldStateSizeKB = stateSizeKB;
		stateSizeKB = newStateSizeKB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.ACTOR__STATE_SIZE_KB, oldStateSizeKB, stateSizeKB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getPartners() {
		if (partners == null) {
			partners = new EObjectResolvingEList<Actor>(Actor.class, this, OrreryPackage.ACTOR__PARTNERS);
		}
		return partners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUser() {
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUser(String newUser) {
		String oldUser = user;
		user = newUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.ACTOR__USER, oldUser, user));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.ACTOR__STATE_SIZE_KB:
				return getStateSizeKB();
			case OrreryPackage.ACTOR__PARTNERS:
				return getPartners();
			case OrreryPackage.ACTOR__USER:
				return getUser();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrreryPackage.ACTOR__STATE_SIZE_KB:
				setStateSizeKB((Double)newValue);
				return;
			case OrreryPackage.ACTOR__PARTNERS:
				getPartners().clear();
				getPartners().addAll((Collection<? extends Actor>)newValue);
				return;
			case OrreryPackage.ACTOR__USER:
				setUser((String)newValue);
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
			case OrreryPackage.ACTOR__STATE_SIZE_KB:
				setStateSizeKB(STATE_SIZE_KB_EDEFAULT);
				return;
			case OrreryPackage.ACTOR__PARTNERS:
				getPartners().clear();
				return;
			case OrreryPackage.ACTOR__USER:
				setUser(USER_EDEFAULT);
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
			case OrreryPackage.ACTOR__STATE_SIZE_KB:
				return stateSizeKB != STATE_SIZE_KB_EDEFAULT;
			case OrreryPackage.ACTOR__PARTNERS:
				return partners != null && !partners.isEmpty();
			case OrreryPackage.ACTOR__USER:
				return USER_EDEFAULT == null ? user != null : !USER_EDEFAULT.equals(user);
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
		result.append(" (stateSizeKB: ");
		result.append(stateSizeKB);
		result.append(", user: ");
		result.append(user);
		result.append(')');
		return result.toString();
	}

} //ActorImpl
