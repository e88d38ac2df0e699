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

import org.orrery.model.OrreryPackage;
import org.orrery.model.PhysicalCpu;
import org.orrery.model.VirtualCpu;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Virtual Cpu</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.VirtualCpuImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.orrery.model.impl.VirtualCpuImpl#getAffinity <em>Affinity</em>}</li>
 *   <li>{@link org.orrery.model.impl.VirtualCpuImpl#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.orrery.model.impl.VirtualCpuImpl#isOnline <em>Online</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VirtualCpuImpl extends NamedElementImpl implements VirtualCpu {
	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected int index = INDEX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAffinity() <em>Affinity</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffinity()
	 * @generated
	 * @ordered
	 */
	protected EList<PhysicalCpu> affinity;

	/**
	 * The default value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected static final int WEIGHT_EDEFAULT = 1024;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected int weight = WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #isOnline() <em>Online</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnline()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ONLINE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isOnline() <em>Online</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnline()
	 * @generated
	 * @ordered
	 */
	protected boolean online = ONLINE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VirtualCpuImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.VIRTUAL_CPU;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		int oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.VIRTUAL_CPU__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PhysicalCpu> getAffinity() {
		if (affinity == null) {
			affinity = new EObjectResolvingEList<PhysicalCpu>(PhysicalCpu.class, this, OrreryPackage.VIRTUAL_CPU__AFFINITY);
		}
		return affinity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeight(int newWeight) {
		int oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.VIRTUAL_CPU__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOnline() {
		return online;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnline(boolean newOnline) {
		boolean oldOnline = online;
		online = newOnline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.VIRTUAL_CPU__ONLINE, oldOnline, online));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.VIRTUAL_CPU__INDEX:
				return getIndex();
			case OrreryPackage.VIRTUAL_CPU__AFFINITY:
				return getAffinity();
			case OrreryPackage.VIRTUAL_CPU__WEIGHT:
				return getWeight();
			case OrreryPackage.VIRTUAL_CPU__ONLINE:
				return isOnline();
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
			case OrreryPackage.VIRTUAL_CPU__INDEX:
				setIndex((Integer)newValue);
				return;
			case OrreryPackage.VIRTUAL_CPU__AFFINITY:
				getAffinity().clear();
				getAffinity().addAll((Collection<? extends PhysicalCpu>)newValue);
				return;
			case OrreryPackage.VIRTUAL_CPU__WEIGHT:
				setWeight((Integer)newValue);
				return;
			case OrreryPackage.VIRTUAL_CPU__ONLINE:
				setOnline((Boolean)newValue);
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
			case OrreryPackage.VIRTUAL_CPU__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case OrreryPackage.VIRTUAL_CPU__AFFINITY:
				getAffinity().clear();
				return;
			case OrreryPackage.VIRTUAL_CPU__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
				return;
			case OrreryPackage.VIRTUAL_CPU__ONLINE:
				setOnline(ONLINE_EDEFAULT);
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
			case OrreryPackage.VIRTUAL_CPU__INDEX:
				return index != INDEX_EDEFAULT;
			case OrreryPackage.VIRTUAL_CPU__AFFINITY:
				return affinity != null && !affinity.isEmpty();
			case OrreryPackage.VIRTUAL_CPU__WEIGHT:
				return weight != WEIGHT_EDEFAULT;
			case OrreryPackage.VIRTUAL_CPU__ONLINE:
				return online != ONLINE_EDEFAULT;
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
		result.append(" (index: ");
		result.append(index);
		result.append(", weight: ");
		result.append(weight);
		result.append(", online: ");
		result.append(online);
		result.append(')');
		return result.toString();
	}

} //VirtualCpuImpl
