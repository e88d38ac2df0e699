/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sync Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Incremental synchronization between a phone instance and its clone.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.SyncPolicy#getThresholdKB <em>Threshold KB</em>}</li>
 *   <li>{@link org.orrery.model.SyncPolicy#getWifiBandwidthMbps <em>Wifi Bandwidth Mbps</em>}</li>
 *   <li>{@link org.orrery.model.SyncPolicy#getInputEventRatePerS <em>Input Event Rate Per S</em>}</li>
 *   <li>{@link org.orrery.model.SyncPolicy#getRadioPowerW <em>Radio Power W</em>}</li>
 *   <li>{@link org.orrery.model.SyncPolicy#getCpuPowerW <em>Cpu Power W</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getSyncPolicy()
 * @model
 * @generated
 */
public interface SyncPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Threshold KB</b></em>' attribute.
	 * The default value is <code>"512.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pending changes that trigger a sync, in KiB. Default 512 (assumption: the source gives no size).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threshold KB</em>' attribute.
	 * @see #setThresholdKB(double)
	 * @see org.orrery.model.OrreryPackage#getSyncPolicy_ThresholdKB()
	 * @model default="512.0"
	 * @generated
	 */
	double getThresholdKB();

	/**
	 * Sets the value of the '{@link org.orrery.model.SyncPolicy#getThresholdKB <em>Threshold KB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold KB</em>' attribute.
	 * @see #getThresholdKB()
	 * @generated
	 */
	void setThresholdKB(double value);

	/**
	 * Returns the value of the '<em><b>Wifi Bandwidth Mbps</b></em>' attribute.
	 * The default value is <code>"20.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wi-Fi bandwidth in Mbit/s. Default 20 (assumption).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wifi Bandwidth Mbps</em>' attribute.
	 * @see #setWifiBandwidthMbps(double)
	 * @see org.orrery.model.OrreryPackage#getSyncPolicy_WifiBandwidthMbps()
	 * @model default="20.0"
	 * @generated
	 */
	double getWifiBandwidthMbps();

	/**
	 * Sets the value of the '{@link org.orrery.model.SyncPolicy#getWifiBandwidthMbps <em>Wifi Bandwidth Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wifi Bandwidth Mbps</em>' attribute.
	 * @see #getWifiBandwidthMbps()
	 * @generated
	 */
	void setWifiBandwidthMbps(double value);

	/**
	 * Returns the value of the '<em><b>Input Event Rate Per S</b></em>' attribute.
	 * The default value is <code>"2.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Input events (keys, touches) captured per second while suspended. Default 2 (assumption).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Event Rate Per S</em>' attribute.
	 * @see #setInputEventRatePerS(double)
	 * @see org.orrery.model.OrreryPackage#getSyncPolicy_InputEventRatePerS()
	 * @model default="2.0"
	 * @generated
	 */
	double getInputEventRatePerS();

	/**
	 * Sets the value of the '{@link org.orrery.model.SyncPolicy#getInputEventRatePerS <em>Input Event Rate Per S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Event Rate Per S</em>' attribute.
	 * @see #getInputEventRatePerS()
	 * @generated
	 */
	void setInputEventRatePerS(double value);

	/**
	 * Returns the value of the '<em><b>Radio Power W</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Radio power while transferring, in W, for the energy estimate. Default 1.0 (assumption: no energy figures exist).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Radio Power W</em>' attribute.
	 * @see #setRadioPowerW(double)
	 * @see org.orrery.model.OrreryPackage#getSyncPolicy_RadioPowerW()
	 * @model default="1.0"
	 * @generated
	 */
	double getRadioPowerW();

	/**
	 * Sets the value of the '{@link org.orrery.model.SyncPolicy#getRadioPowerW <em>Radio Power W</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Radio Power W</em>' attribute.
	 * @see #getRadioPowerW()
	 * @generated
	 */
	void setRadioPowerW(double value);

	/**
	 * Returns the value of the '<em><b>Cpu Power W</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Phone CPU power while busy, in W. Default 0.5 (assumption).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu Power W</em>' attribute.
	 * @see #setCpuPowerW(double)
	 * @see org.orrery.model.OrreryPackage#getSyncPolicy_CpuPowerW()
	 * @model default="0.5"
	 * @generated
	 */
	double getCpuPowerW();

	/**
	 * Sets the value of the '{@link org.orrery.model.SyncPolicy#getCpuPowerW <em>Cpu Power W</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Power W</em>' attribute.
	 * @see #getCpuPowerW()
	 * @generated
	 */
	void setCpuPowerW(double value);

} // SyncPolicy
