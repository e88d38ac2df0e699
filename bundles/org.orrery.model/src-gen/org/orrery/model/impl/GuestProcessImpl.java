/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.orrery.model.Disk;
import org.orrery.model.GuestProcess;
import org.orrery.model.OrreryPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Guest Process</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.GuestProcessImpl#getCpuDemand <em>Cpu Demand</em>}</li>
 *   <li>{@link org.orrery.model.impl.GuestProcessImpl#getMemoryMB <em>Memory MB</em>}</li>
 *   <li>{@link org.orrery.model.impl.GuestProcessImpl#getRuntimeS <em>Runtime S</em>}</li>
 *   <li>{@link org.orrery.model.impl.GuestProcessImpl#getDisk <em>Disk</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GuestProcessImpl extends NamedElementImpl implements GuestProcess {
	/**
	 * The default value of the '{@link #getCpuDemand() <em>Cpu Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuDemand()
	 * @generated
	 * @ordered
	 */
	protected static final double CPU_DEMAND_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getCpuDemand() <em>Cpu Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuDemand()
	 * @generated
	 * @ordered
	 */
	protected double cpuDemand = CPU_DEMAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryMB() <em>Memory MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMB()
	 * @generated
	 * @ordered
	 */
	protected static final double MEMORY_MB_EDEFAULT = 256.0;

	/**
	 * The cached value of the '{@link #getMemoryMB() <em>Memory MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMB()
	 * @generated
	 * @ordered
	 */
	protected double memoryMB = MEMORY_MB_EDEFAULT;

	/**
	 * The default value of the '{@link #getRuntimeS() <em>Runtime S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuntimeS()
	 * @generated
	 * @ordered
	 */
	protected static final double RUNTIME_S_EDEFAULT = 600.0;

	/**
	 * The cached value of the '{@link #getRuntimeS() <em>Runtime S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuntimeS()
	 * @generated
	 * @ordered
	 */
	protected double runtimeS = RUNTIME_S_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDisk() <em>Disk</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisk()
	 * @generated
	 * @ordered
	 */
	protected Disk disk;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GuestProcessImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.GUEST_PROCESS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCpuDemand() {
		return cpuDemand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuDemand(double newCpuDemand) {
		double oldCpuDemand = cpuDemand;
		cpuDemand = newCpuDemand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.GUEST_PROCESS__CPU_DEMAND, oldCpuDemand, cpuDemand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMemoryMB() {
		return memoryMB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryMB(double newMemoryMB) {
		double oldMemoryMB = memoryMB;
		memoryMB = newMemoryMB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.GUEST_PROCESS__MEMORY_MB, oldMemoryMB, memoryMB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRuntimeS() {
		return runtimeS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuntimeS(double newRuntimeS) {
		double oldRuntimeS = runtimeS;
		runtimeS = newRuntimeS;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.GUEST_PROCESS__RUNTIME_S, oldRuntimeS, runtimeS));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Disk getDisk() {
		if (disk != null && disk.eIsProxy()) {
			InternalEObject oldDisk = (InternalEObject)disk;
			disk = (Disk)eResolveProxy(oldDisk);
			if (disk != oldDisk) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrreryPackage.GUEST_PROCESS__DISK, oldDisk, disk));
			}
		}
		return disk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Disk basicGetDisk() {
		return disk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisk(Disk newDisk) {
		Disk oldDisk = disk;
		disk = newDisk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.GUEST_PROCESS__DISK, oldDisk, disk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.GUEST_PROCESS__CPU_DEMAND:
				return getCpuDemand();
			case OrreryPackage.GUEST_PROCESS__MEMORY_MB:
				return getMemoryMB();
			case OrreryPackage.GUEST_PROCESS__RUNTIME_S:
				return getRuntimeS();
			case OrreryPackage.GUEST_PROCESS__DISK:
				if (resolve) return getDisk();
				return basicGetDisk();
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
			case OrreryPackage.GUEST_PROCESS__CPU_DEMAND:
				setCpuDemand((Double)newValue);
				return;
			case OrreryPackage.GUEST_PROCESS__MEMORY_MB:
				setMemoryMB((Double)newValue);
				return;
			case OrreryPackage.GUEST_PROCESS__RUNTIME_S:
				setRuntimeS((Double)newValue);
				return;
			case OrreryPackage.GUEST_PROCESS__DISK:
				setDisk((Disk)newValue);
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
			case OrreryPackage.GUEST_PROCESS__CPU_DEMAND:
				setCpuDemand(CPU_DEMAND_EDEFAULT);
				return;
			case OrreryPackage.GUEST_PROCESS__MEMORY_MB:
				setMemoryMB(MEMORY_MB_EDEFAULT);
				return;
			case OrreryPackage.GUEST_PROCESS__RUNTIME_S:
				setRuntimeS(RUNTIME_S_EDEFAULT);
				return;
			case OrreryPackage.GUEST_PROCESS__DISK:
				setDisk((Disk)null);
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
			case OrreryPackage.GUEST_PROCESS__CPU_DEMAND:
				return cpuDemand != CPU_DEMAND_EDEFAULT;
			case OrreryPackage.GUEST_PROCESS__MEMORY_MB:
				return memoryMB != MEMORY_MB_EDEFAULT;
			case OrreryPackage.GUEST_PROCESS__RUNTIME_S:
				return runtimeS != RUNTIME_S_EDEFAULT;
			case OrreryPackage.GUEST_PROCESS__DISK:
				return disk != null;
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
		result.append(" (cpuDemand: ");
		result.append(cpuDemand);
		result.append(", memoryMB: ");
		result.append(memoryMB);
		result.append(", runtimeS: ");
		result.append(runtimeS);
		result.append(')');
		return result.toString();
	}

} //GuestProcessImpl
