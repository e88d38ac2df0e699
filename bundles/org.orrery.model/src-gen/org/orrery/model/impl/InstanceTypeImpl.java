/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.orrery.model.InstanceType;
import org.orrery.model.OrreryPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instance Type</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.InstanceTypeImpl#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.orrery.model.impl.InstanceTypeImpl#getMemoryMB <em>Memory MB</em>}</li>
 *   <li>{@link org.orrery.model.impl.InstanceTypeImpl#getPricePerHour <em>Price Per Hour</em>}</li>
 *   <li>{@link org.orrery.model.impl.InstanceTypeImpl#getServiceFeePerHour <em>Service Fee Per Hour</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstanceTypeImpl extends NamedElementImpl implements InstanceType {
	/**
	 * The default value of the '{@link #getVcpus() <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpus()
	 * @generated
	 * @ordered
	 */
	protected static final int VCPUS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getVcpus() <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpus()
	 * @generated
	 * @ordered
	 */
	protected int vcpus = VCPUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryMB() <em>Memory MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMB()
	 * @generated
	 * @ordered
	 */
	protected static final int MEMORY_MB_EDEFAULT = 1024;

	/**
	 * The cached value of the '{@link #getMemoryMB() <em>Memory MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMB()
	 * @generated
	 * @ordered
	 */
	protected int memoryMB = MEMORY_MB_EDEFAULT;

	/**
	 * The default value of the '{@link #getPricePerHour() <em>Price Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPricePerHour()
	 * @generated
	 * @ordered
	 */
	protected static final double PRICE_PER_HOUR_EDEFAULT = 0.17;

	/**
	 * The cached value of the '{@link #getPricePerHour() <em>Price Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPricePerHour()
	 * @generated
	 * @ordered
	 */
	protected double pricePerHour = PRICE_PER_HOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceFeePerHour() <em>Service Fee Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceFeePerHour()
	 * @generated
	 * @ordered
	 */
	protected static final double SERVICE_FEE_PER_HOUR_EDEFAULT = 0.03;

	/**
	 * The cached value of the '{@link #getServiceFeePerHour() <em>Service Fee Per Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceFeePerHour()
	 * @generated
	 * @ordered
	 */
	protected double serviceFeePerHour = SERVICE_FEE_PER_HOUR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstanceTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.INSTANCE_TYPE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVcpus() {
		return vcpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVcpus(int newVcpus) {
		int oldVcpus = vcpus;
		vcpus = newVcpus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.INSTANCE_TYPE__VCPUS, oldVcpus, vcpus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMemoryMB() {
		return memoryMB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryMB(int newMemoryMB) {
		int oldMemoryMB = memoryMB;
		memoryMB = newMemoryMB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.INSTANCE_TYPE__MEMORY_MB, oldMemoryMB, memoryMB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPricePerHour() {
		return pricePerHour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPricePerHour(double newPricePerHour) {
		double oldPricePerHour = pricePerHour;
		pricePerHour = newPricePerHour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.INSTANCE_TYPE__PRICE_PER_HOUR, oldPricePerHour, pricePerHour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getServiceFeePerHour() {
		return serviceFeePerHour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceFeePerHour(double newServiceFeePerHour) {
		double oldServiceFeePerHour = serviceFeePerHour;
		serviceFeePerHour = newServiceFeePerHour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.INSTANCE_TYPE__SERVICE_FEE_PER_HOUR, oldServiceFeePerHour, serviceFeePerHour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.INSTANCE_TYPE__VCPUS:
				return getVcpus();
			case OrreryPackage.INSTANCE_TYPE__MEMORY_MB:
				return getMemoryMB();
			case OrreryPackage.INSTANCE_TYPE__PRICE_PER_HOUR:
				return getPricePerHour();
			case OrreryPackage.INSTANCE_TYPE__SERVICE_FEE_PER_HOUR:
				return getServiceFeePerHour();
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
			case OrreryPackage.INSTANCE_TYPE__VCPUS:
				setVcpus((Integer)newValue);
				return;
			case OrreryPackage.INSTANCE_TYPE__MEMORY_MB:
				setMemoryMB((Integer)newValue);
				return;
			case OrreryPackage.INSTANCE_TYPE__PRICE_PER_HOUR:
				setPricePerHour((Double)newValue);
				return;
			case OrreryPackage.INSTANCE_TYPE__SERVICE_FEE_PER_HOUR:
				setServiceFeePerHour((Double)newValue);
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
			case OrreryPackage.INSTANCE_TYPE__VCPUS:
				setVcpus(VCPUS_EDEFAULT);
				return;
			case OrreryPackage.INSTANCE_TYPE__MEMORY_MB:
				setMemoryMB(MEMORY_MB_EDEFAULT);
				return;
			case OrreryPackage.INSTANCE_TYPE__PRICE_PER_HOUR:
				setPricePerHour(PRICE_PER_HOUR_EDEFAULT);
				return;
			case OrreryPackage.INSTANCE_TYPE__SERVICE_FEE_PER_HOUR:
				setServiceFeePerHour(SERVICE_FEE_PER_HOUR_EDEFAULT);
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
			case OrreryPackage.INSTANCE_TYPE__VCPUS:
				return vcpus != VCPUS_EDEFAULT;
			case OrreryPackage.INSTANCE_TYPE__MEMORY_MB:
				return memoryMB != MEMORY_MB_EDEFAULT;
			case OrreryPackage.INSTANCE_TYPE__PRICE_PER_HOUR:
				return pricePerHour != PRICE_PER_HOUR_EDEFAULT;
			case OrreryPackage.INSTANCE_TYPE__SERVICE_FEE_PER_HOUR:
				return serviceFeePerHour != SERVICE_FEE_PER_HOUR_EDEFAULT;
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
		result.append(" (vcpus: ");
		result.append(vcpus);
		result.append(", memoryMB: ");
		result.append(memoryMB);
		result.append(", pricePerHour: ");
		result.append(pricePerHour);
		result.append(", serviceFeePerHour: ");
		result.append(serviceFeePerHour);
		result.append(')');
		return result.toString();
	}

} //InstanceTypeImpl
