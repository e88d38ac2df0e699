/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.orrery.model.MemoryProfile;
import org.orrery.model.OrreryPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Memory Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.MemoryProfileImpl#getDirtyRatePagesPerS <em>Dirty Rate Pages Per S</em>}</li>
 *   <li>{@link org.orrery.model.impl.MemoryProfileImpl#getWritableWorkingSetMB <em>Writable Working Set MB</em>}</li>
 *   <li>{@link org.orrery.model.impl.MemoryProfileImpl#getUsedMB <em>Used MB</em>}</li>
 *   <li>{@link org.orrery.model.impl.MemoryProfileImpl#getIntraDuplicateFraction <em>Intra Duplicate Fraction</em>}</li>
 *   <li>{@link org.orrery.model.impl.MemoryProfileImpl#getSharedWithPeersMB <em>Shared With Peers MB</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MemoryProfileImpl extends MinimalEObjectImpl.Container implements MemoryProfile {
	/**
	 * The default value of the '{@link #getDirtyRatePagesPerS() <em>Dirty Rate Pages Per S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirtyRatePagesPerS()
	 * @generated
	 * @ordered
	 */
	protected static final double DIRTY_RATE_PAGES_PER_S_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDirtyRatePagesPerS() <em>Dirty Rate Pages Per S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirtyRatePagesPerS()
	 * @generated
	 * @ordered
	 */
	protected double dirtyRatePagesPerS = DIRTY_RATE_PAGES_PER_S_EDEFAULT;

	/**
	 * The default value of the '{@link #getWritableWorkingSetMB() <em>Writable Working Set MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWritableWorkingSetMB()
	 * @generated
	 * @ordered
	 */
	protected static final double WRITABLE_WORKING_SET_MB_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWritableWorkingSetMB() <em>Writable Working Set MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWritableWorkingSetMB()
	 * @generated
	 * @ordered
	 */
	protected double writableWorkingSetMB = WRITABLE_WORKING_SET_MB_EDEFAULT;

	/**
	 * The default value of the '{@link #getUsedMB() <em>Used MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsedMB()
	 * @generated
	 * @ordered
	 */
	protected static final double USED_MB_EDEFAULT = 80.0;

	/**
	 * The cached value of the '{@link #getUsedMB() <em>Used MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsedMB()
	 * @generated
	 * @ordered
	 */
	protected double usedMB = USED_MB_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntraDuplicateFraction() <em>Intra Duplicate Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntraDuplicateFraction()
	 * @generated
	 * @ordered
	 */
	protected static final double INTRA_DUPLICATE_FRACTION_EDEFAULT = 0.03;

	/**
	 * The cached value of the '{@link #getIntraDuplicateFraction() <em>Intra Duplicate Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntraDuplicateFraction()
	 * @generated
	 * @ordered
	 */
	protected double intraDuplicateFraction = INTRA_DUPLICATE_FRACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSharedWithPeersMB() <em>Shared With Peers MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharedWithPeersMB()
	 * @generated
	 * @ordered
	 */
	protected static final double SHARED_WITH_PEERS_MB_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSharedWithPeersMB() <em>Shared With Peers MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharedWithPeersMB()
	 * @generated
	 * @ordered
	 */
	protected double sharedWithPeersMB = SHARED_WITH_PEERS_MB_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MemoryProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.MEMORY_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDirtyRatePagesPerS() {
		return dirtyRatePagesPerS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirtyRatePagesPerS(double newDirtyRatePagesPerS) {
		double oldDirtyRatePagesPerS = dirtyRatePagesPerS;
		dirtyRatePagesPerS = newDirtyRatePagesPerS;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.MEMORY_PROFILE__DIRTY_RATE_PAGES_PER_S, oldDirtyRatePagesPerS, dirtyRatePagesPerS));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWritableWorkingSetMB() {
		return writableWorkingSetMB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWritableWorkingSetMB(double newWritableWorkingSetMB) {
		double oldWritableWorkingSetMB = writableWorkingSetMB;
		writableWorkingSetMB = newWritableWorkingSetMB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.MEMORY_PROFILE__WRITABLE_WORKING_SET_MB, oldWritableWorkingSetMB, writableWorkingSetMB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getUsedMB() {
		return usedMB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsedMB(double newUsedMB) {
		double oldUsedMB = usedMB;
		usedMB = newUsedMB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.MEMORY_PROFILE__USED_MB, oldUsedMB, usedMB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getIntraDuplicateFraction() {
		return intraDuplicateFraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntraDuplicateFraction(double newIntraDuplicateFraction) {
		double oldIntraDuplicateFraction = intraDuplicateFraction;
		intraDuplicateFraction = newIntraDuplicateFraction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.MEMORY_PROFILE__INTRA_DUPLICATE_FRACTION, oldIntraDuplicateFraction, intraDuplicateFraction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSharedWithPeersMB() {
		return sharedWithPeersMB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSharedWithPeersMB(double newSharedWithPeersMB) {
		double oldSharedWithPeersMB = sharedWithPeersMB;
		sharedWithPeersMB = newSharedWithPeersMB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.MEMORY_PROFILE__SHARED_WITH_PEERS_MB, oldSharedWithPeersMB, sharedWithPeersMB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.MEMORY_PROFILE__DIRTY_RATE_PAGES_PER_S:
				return getDirtyRatePagesPerS();
			case OrreryPackage.MEMORY_PROFILE__WRITABLE_WORKING_SET_MB:
				return getWritableWorkingSetMB();
			case OrreryPackage.MEMORY_PROFILE__USED_MB:
				return getUsedMB();
			case OrreryPackage.MEMORY_PROFILE__INTRA_DUPLICATE_FRACTION:
				return getIntraDuplicateFraction();
			case OrreryPackage.MEMORY_PROFILE__SHARED_WITH_PEERS_MB:
				return getSharedWithPeersMB();
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
			case OrreryPackage.MEMORY_PROFILE__DIRTY_RATE_PAGES_PER_S:
				setDirtyRatePagesPerS((Double)newValue);
				return;
			case OrreryPackage.MEMORY_PROFILE__WRITABLE_WORKING_SET_MB:
				setWritableWorkingSetMB((Double)newValue);
				return;
			case OrreryPackage.MEMORY_PROFILE__USED_MB:
				setUsedMB((Double)newValue);
				return;
			case OrreryPackage.MEMORY_PROFILE__INTRA_DUPLICATE_FRACTION:
				setIntraDuplicateFraction((Double)newValue);
				return;
			case OrreryPackage.MEMORY_PROFILE__SHARED_WITH_PEERS_MB:
				setSharedWithPeersMB((Double)newValue);
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
			case OrreryPackage.MEMORY_PROFILE__DIRTY_RATE_PAGES_PER_S:
				setDirtyRatePagesPerS(DIRTY_RATE_PAGES_PER_S_EDEFAULT);
				return;
			case OrreryPackage.MEMORY_PROFILE__WRITABLE_WORKING_SET_MB:
				setWritableWorkingSetMB(WRITABLE_WORKING_SET_MB_EDEFAULT);
				return;
			case OrreryPackage.MEMORY_PROFILE__USED_MB:
				setUsedMB(USED_MB_EDEFAULT);
				return;
			case OrreryPackage.MEMORY_PROFILE__INTRA_DUPLICATE_FRACTION:
				setIntraDuplicateFraction(INTRA_DUPLICATE_FRACTION_EDEFAULT);
				return;
			case OrreryPackage.MEMORY_PROFILE__SHARED_WITH_PEERS_MB:
				setSharedWithPeersMB(SHARED_WITH_PEERS_MB_EDEFAULT);
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
			case OrreryPackage.MEMORY_PROFILE__DIRTY_RATE_PAGES_PER_S:
				return dirtyRatePagesPerS != DIRTY_RATE_PAGES_PER_S_EDEFAULT;
			case OrreryPackage.MEMORY_PROFILE__WRITABLE_WORKING_SET_MB:
				return writableWorkingSetMB != WRITABLE_WORKING_SET_MB_EDEFAULT;
			case OrreryPackage.MEMORY_PROFILE__USED_MB:
				return usedMB != USED_MB_EDEFAULT;
			case OrreryPackage.MEMORY_PROFILE__INTRA_DUPLICATE_FRACTION:
				return intraDuplicateFraction != INTRA_DUPLICATE_FRACTION_EDEFAULT;
			case OrreryPackage.MEMORY_PROFILE__SHARED_WITH_PEERS_MB:
				return sharedWithPeersMB != SHARED_WITH_PEERS_MB_EDEFAULT;
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
		result.append(" (dirtyRatePagesPerS: ");
		result.append(dirtyRatePagesPerS);
		result.append(", writableWorkingSetMB: ");
		result.append(writableWorkingSetMB);
		result.append(", usedMB: ");
		result.append(usedMB);
		result.append(", intraDuplicateFraction: ");
		result.append(intraDuplicateFraction);
		result.append(", sharedWithPeersMB: ");
		result.append(sharedWithPeersMB);
		result.append(')');
		return result.toString();
	}

} //MemoryProfileImpl
