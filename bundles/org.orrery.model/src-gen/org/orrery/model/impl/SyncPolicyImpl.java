/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.orrery.model.OrreryPackage;
import org.orrery.model.SyncPolicy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sync Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.SyncPolicyImpl#getThresholdKB <em>Threshold KB</em>}</li>
 *   <li>{@link org.orrery.model.impl.SyncPolicyImpl#getWifiBandwidthMbps <em>Wifi Bandwidth Mbps</em>}</li>
 *   <li>{@link org.orrery.model.impl.SyncPolicyImpl#getInputEventRatePerS <em>Input Event Rate Per S</em>}</li>
 *   <li>{@link org.orrery.model.impl.SyncPolicyImpl#getRadioPowerW <em>Radio Power W</em>}</li>
 *   <li>{@link org.orrery.model.impl.SyncPolicyImpl#getCpuPowerW <em>Cpu Power W</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SyncPolicyImpl extends MinimalEObjectImpl.Container implements SyncPolicy {
	/**
	 * The default value of the '{@link #getThresholdKB() <em>Threshold KB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThresholdKB()
	 * @generated
	 * @ordered
	 */
	protected static final double THRESHOLD_KB_EDEFAULT = 512.0;

	/**
	 * The cached value of the '{@link #getThresholdKB() <em>Threshold KB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThresholdKB()
	 * @generated
	 * @ordered
	 */
	protected double thresholdKB = THRESHOLD_KB_EDEFAULT;

	/**
	 * The default value of the '{@link #getWifiBandwidthMbps() <em>Wifi Bandwidth Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWifiBandwidthMbps()
	 * @generated
	 * @ordered
	 */
	protected static final double WIFI_BANDWIDTH_MBPS_EDEFAULT = 20.0;

	/**
	 * The cached value of the '{@link #getWifiBandwidthMbps() <em>Wifi Bandwidth Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWifiBandwidthMbps()
	 * @generated
	 * @ordered
	 */
	protected double wifiBandwidthMbps = WIFI_BANDWIDTH_MBPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputEventRatePerS() <em>Input Event Rate Per S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputEventRatePerS()
	 * @generated
	 * @ordered
	 */
	protected static final double INPUT_EVENT_RATE_PER_S_EDEFAULT = 2.0;

	/**
	 * The cached value of the '{@link #getInputEventRatePerS() <em>Input Event Rate Per S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputEventRatePerS()
	 * @generated
	 * @ordered
	 */
	protected double inputEventRatePerS = INPUT_EVENT_RATE_PER_S_EDEFAULT;

	/**
	 * The default value of the '{@link #getRadioPowerW() <em>Radio Power W</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRadioPowerW()
	 * @generated
	 * @ordered
	 */
	protected static final double RADIO_POWER_W_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getRadioPowerW() <em>Radio Power W</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRadioPowerW()
	 * @generated
	 * @ordered
	 */
	protected double radioPowerW = RADIO_POWER_W_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuPowerW() <em>Cpu Power W</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuPowerW()
	 * @generated
	 * @ordered
	 */
	protected static final double CPU_POWER_W_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getCpuPowerW() <em>Cpu Power W</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuPowerW()
	 * @generated
	 * @ordered
	 */
	protected double cpuPowerW = CPU_POWER_W_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SyncPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.SYNC_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getThresholdKB() {
		return thresholdKB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThresholdKB(double newThresholdKB) {
		double oldThresholdKB = thresholdKB;
		thresholdKB = newThresholdKB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SYNC_POLICY__THRESHOLD_KB, oldThresholdKB, thresholdKB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWifiBandwidthMbps() {
		return wifiBandwidthMbps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWifiBandwidthMbps(double newWifiBandwidthMbps) {
		double oldWifiBandwidthMbps = wifiBandwidthMbps;
		wifiBandwidthMbps = newWifiBandwidthMbps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SYNC_POLICY__WIFI_BANDWIDTH_MBPS, oldWifiBandwidthMbps, wifiBandwidthMbps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInputEventRatePerS() {
		return inputEventRatePerS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputEventRatePerS(double newInputEventRatePerS) {
		double oldInputEventRatePerS = inputEventRatePerS;
		inputEventRatePerS = newInputEventRatePerS;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SYNC_POLICY__INPUT_EVENT_RATE_PER_S, oldInputEventRatePerS, inputEventRatePerS));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRadioPowerW() {
		return radioPowerW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRadioPowerW(double newRadioPowerW) {
		double oldRadioPowerW = radioPowerW;
		radioPowerW = newRadioPowerW;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SYNC_POLICY__RADIO_POWER_W, oldRadioPowerW, radioPowerW));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCpuPowerW() {
		return cpuPowerW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuPowerW(double newCpuPowerW) {
		double oldCpuPowerW = cpuPowerW;
		cpuPowerW = newCpuPowerW;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SYNC_POLICY__CPU_POWER_W, oldCpuPowerW, cpuPowerW));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.SYNC_POLICY__THRESHOLD_KB:
				return getThresholdKB();
			case OrreryPackage.SYNC_POLICY__WIFI_BANDWIDTH_MBPS:
				return getWifiBandwidthMbps();
			case OrreryPackage.SYNC_POLICY__INPUT_EVENT_RATE_PER_S:
				return getInputEventRatePerS();
			case OrreryPackage.SYNC_POLICY__RADIO_POWER_W:
				return getRadioPowerW();
			case OrreryPackage.SYNC_POLICY__CPU_POWER_W:
				return getCpuPowerW();
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
			case OrreryPackage.SYNC_POLICY__THRESHOLD_KB:
				setThresholdKB((Double)newValue);
				return;
			case OrreryPackage.SYNC_POLICY__WIFI_BANDWIDTH_MBPS:
				setWifiBandwidthMbps((Double)newValue);
				return;
			case OrreryPackage.SYNC_POLICY__INPUT_EVENT_RATE_PER_S:
				setInputEventRatePerS((Double)newValue);
				return;
			case OrreryPackage.SYNC_POLICY__RADIO_POWER_W:
				setRadioPowerW((Double)newValue);
				return;
			case OrreryPackage.SYNC_POLICY__CPU_POWER_W:
				setCpuPowerW((Double)newValue);
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
			case OrreryPackage.SYNC_POLICY__THRESHOLD_KB:
				setThresholdKB(THRESHOLD_KB_EDEFAULT);
				return;
			case OrreryPackage.SYNC_POLICY__WIFI_BANDWIDTH_MBPS:
				setWifiBandwidthMbps(WIFI_BANDWIDTH_MBPS_EDEFAULT);
				return;
			case OrreryPackage.SYNC_POLICY__INPUT_EVENT_RATE_PER_S:
				setInputEventRatePerS(INPUT_EVENT_RATE_PER_S_EDEFAULT);
				return;
			case OrreryPackage.SYNC_POLICY__RADIO_POWER_W:
				setRadioPowerW(RADIO_POWER_W_EDEFAULT);
				return;
			case OrreryPackage.SYNC_POLICY__CPU_POWER_W:
				setCpuPowerW(CPU_POWER_W_EDEFAULT);
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
			case OrreryPackage.SYNC_POLICY__THRESHOLD_KB:
				return thresholdKB != THRESHOLD_KB_EDEFAULT;
			case OrreryPackage.SYNC_POLICY__WIFI_BANDWIDTH_MBPS:
				return wifiBandwidthMbps != WIFI_BANDWIDTH_MBPS_EDEFAULT;
			case OrreryPackage.SYNC_POLICY__INPUT_EVENT_RATE_PER_S:
				return inputEventRatePerS != INPUT_EVENT_RATE_PER_S_EDEFAULT;
			case OrreryPackage.SYNC_POLICY__RADIO_POWER_W:
				return radioPowerW != RADIO_POWER_W_EDEFAULT;
			case OrreryPackage.SYNC_POLICY__CPU_POWER_W:
				return cpuPowerW != CPU_POWER_W_EDEFAULT;
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
		result.append(" (thresholdKB: ");
		result.append(thresholdKB);
		result.append(", wifiBandwidthMbps: ");
		result.append(wifiBandwidthMbps);
		result.append(", inputEventRatePerS: ");
		result.append(inputEventRatePerS);
		result.append(", radioPowerW: ");
		result.append(radioPowerW);
		result.append(", cpuPowerW: ");
		result.append(cpuPowerW);
		result.append(')');
		return result.toString();
	}

} //SyncPolicyImpl
