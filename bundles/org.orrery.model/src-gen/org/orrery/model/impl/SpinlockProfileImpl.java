/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.orrery.model.OrreryPackage;
import org.orrery.model.SpinlockProfile;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Spinlock Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.SpinlockProfileImpl#getMeanHoldUs <em>Mean Hold Us</em>}</li>
 *   <li>{@link org.orrery.model.impl.SpinlockProfileImpl#getCallsPerWindow <em>Calls Per Window</em>}</li>
 *   <li>{@link org.orrery.model.impl.SpinlockProfileImpl#getIrqMeanHoldUs <em>Irq Mean Hold Us</em>}</li>
 *   <li>{@link org.orrery.model.impl.SpinlockProfileImpl#getIrqCallsPerWindow <em>Irq Calls Per Window</em>}</li>
 *   <li>{@link org.orrery.model.impl.SpinlockProfileImpl#getWindowS <em>Window S</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SpinlockProfileImpl extends MinimalEObjectImpl.Container implements SpinlockProfile {
	/**
	 * The default value of the '{@link #getMeanHoldUs() <em>Mean Hold Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeanHoldUs()
	 * @generated
	 * @ordered
	 */
	protected static final double MEAN_HOLD_US_EDEFAULT = 0.65;

	/**
	 * The cached value of the '{@link #getMeanHoldUs() <em>Mean Hold Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeanHoldUs()
	 * @generated
	 * @ordered
	 */
	protected double meanHoldUs = MEAN_HOLD_US_EDEFAULT;

	/**
	 * The default value of the '{@link #getCallsPerWindow() <em>Calls Per Window</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallsPerWindow()
	 * @generated
	 * @ordered
	 */
	protected static final double CALLS_PER_WINDOW_EDEFAULT = 3.71309982E8;

	/**
	 * The cached value of the '{@link #getCallsPerWindow() <em>Calls Per Window</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallsPerWindow()
	 * @generated
	 * @ordered
	 */
	protected double callsPerWindow = CALLS_PER_WINDOW_EDEFAULT;

	/**
	 * The default value of the '{@link #getIrqMeanHoldUs() <em>Irq Mean Hold Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrqMeanHoldUs()
	 * @generated
	 * @ordered
	 */
	protected static final double IRQ_MEAN_HOLD_US_EDEFAULT = 0.164;

	/**
	 * The cached value of the '{@link #getIrqMeanHoldUs() <em>Irq Mean Hold Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrqMeanHoldUs()
	 * @generated
	 * @ordered
	 */
	protected double irqMeanHoldUs = IRQ_MEAN_HOLD_US_EDEFAULT;

	/**
	 * The default value of the '{@link #getIrqCallsPerWindow() <em>Irq Calls Per Window</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrqCallsPerWindow()
	 * @generated
	 * @ordered
	 */
	protected static final double IRQ_CALLS_PER_WINDOW_EDEFAULT = 1.46834593E8;

	/**
	 * The cached value of the '{@link #getIrqCallsPerWindow() <em>Irq Calls Per Window</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrqCallsPerWindow()
	 * @generated
	 * @ordered
	 */
	protected double irqCallsPerWindow = IRQ_CALLS_PER_WINDOW_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindowS() <em>Window S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowS()
	 * @generated
	 * @ordered
	 */
	protected static final double WINDOW_S_EDEFAULT = 3.0;

	/**
	 * The cached value of the '{@link #getWindowS() <em>Window S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowS()
	 * @generated
	 * @ordered
	 */
	protected double windowS = WINDOW_S_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpinlockProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.SPINLOCK_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMeanHoldUs() {
		return meanHoldUs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeanHoldUs(double newMeanHoldUs) {
		double oldMeanHoldUs = meanHoldUs;
		meanHoldUs = newMeanHoldUs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SPINLOCK_PROFILE__MEAN_HOLD_US, oldMeanHoldUs, meanHoldUs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCallsPerWindow() {
		return callsPerWindow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallsPerWindow(double newCallsPerWindow) {
		double oldCallsPerWindow = callsPerWindow;
		callsPerWindow = newCallsPerWindow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SPINLOCK_PROFILE__CALLS_PER_WINDOW, oldCallsPerWindow, callsPerWindow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getIrqMeanHoldUs() {
		return irqMeanHoldUs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIrqMeanHoldUs(double newIrqMeanHoldUs) {
		double oldIrqMeanHoldUs = irqMeanHoldUs;
		irqMeanHoldUs = newIrqMeanHoldUs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SPINLOCK_PROFILE__IRQ_MEAN_HOLD_US, oldIrqMeanHoldUs, irqMeanHoldUs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getIrqCallsPerWindow() {
		return irqCallsPerWindow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIrqCallsPerWindow(double newIrqCallsPerWindow) {
		double oldIrqCallsPerWindow = irqCallsPerWindow;
		irqCallsPerWindow = newIrqCallsPerWindow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SPINLOCK_PROFILE__IRQ_CALLS_PER_WINDOW, oldIrqCallsPerWindow, irqCallsPerWindow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWindowS() {
		return windowS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowS(double newWindowS) {
		double oldWindowS = windowS;
		windowS = newWindowS;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SPINLOCK_PROFILE__WINDOW_S, oldWindowS, windowS));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.SPINLOCK_PROFILE__MEAN_HOLD_US:
				return getMeanHoldUs();
			case OrreryPackage.SPINLOCK_PROFILE__CALLS_PER_WINDOW:
				return getCallsPerWindow();
			case OrreryPackage.SPINLOCK_PROFILE__IRQ_MEAN_HOLD_US:
				return getIrqMeanHoldUs();
			case OrreryPackage.SPINLOCK_PROFILE__IRQ_CALLS_PER_WINDOW:
				return getIrqCallsPerWindow();
			case OrreryPackage.SPINLOCK_PROFILE__WINDOW_S:
				return getWindowS();
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
			case OrreryPackage.SPINLOCK_PROFILE__MEAN_HOLD_US:
				setMeanHoldUs((Double)newValue);
				return;
			case OrreryPackage.SPINLOCK_PROFILE__CALLS_PER_WINDOW:
				setCallsPerWindow((Double)newValue);
				return;
			case OrreryPackage.SPINLOCK_PROFILE__IRQ_MEAN_HOLD_US:
				setIrqMeanHoldUs((Double)newValue);
				return;
			case OrreryPackage.SPINLOCK_PROFILE__IRQ_CALLS_PER_WINDOW:
				setIrqCallsPerWindow((Double)newValue);
				return;
			case OrreryPackage.SPINLOCK_PROFILE__WINDOW_S:
				setWindowS((Double)newValue);
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
			case OrreryPackage.SPINLOCK_PROFILE__MEAN_HOLD_US:
				setMeanHoldUs(MEAN_HOLD_US_EDEFAULT);
				return;
			case OrreryPackage.SPINLOCK_PROFILE__CALLS_PER_WINDOW:
				setCallsPerWindow(CALLS_PER_WINDOW_EDEFAULT);
				return;
			case OrreryPackage.SPINLOCK_PROFILE__IRQ_MEAN_HOLD_US:
				setIrqMeanHoldUs(IRQ_MEAN_HOLD_US_EDEFAULT);
				return;
			case OrreryPackage.SPINLOCK_PROFILE__IRQ_CALLS_PER_WINDOW:
				setIrqCallsPerWindow(IRQ_CALLS_PER_WINDOW_EDEFAULT);
				return;
			case OrreryPackage.SPINLOCK_PROFILE__WINDOW_S:
				setWindowS(WINDOW_S_EDEFAULT);
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
			case OrreryPackage.SPINLOCK_PROFILE__MEAN_HOLD_US:
				return meanHoldUs != MEAN_HOLD_US_EDEFAULT;
			case OrreryPackage.SPINLOCK_PROFILE__CALLS_PER_WINDOW:
				return callsPerWindow != CALLS_PER_WINDOW_EDEFAULT;
			case OrreryPackage.SPINLOCK_PROFILE__IRQ_MEAN_HOLD_US:
				return irqMeanHoldUs != IRQ_MEAN_HOLD_US_EDEFAULT;
			case OrreryPackage.SPINLOCK_PROFILE__IRQ_CALLS_PER_WINDOW:
				return irqCallsPerWindow != IRQ_CALLS_PER_WINDOW_EDEFAULT;
			case OrreryPackage.SPINLOCK_PROFILE__WINDOW_S:
				return windowS != WINDOW_S_EDEFAULT;
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
		result.append(" (meanHoldUs: ");
		result.append(meanHoldUs);
		result.append(", callsPerWindow: ");
		result.append(callsPerWindow);
		result.append(", irqMeanHoldUs: ");
		result.append(irqMeanHoldUs);
		result.append(", irqCallsPerWindow: ");
		result.append(irqCallsPerWindow);
		result.append(", windowS: ");
		result.append(windowS);
		result.append(')');
		return result.toString();
	}

} //SpinlockProfileImpl
