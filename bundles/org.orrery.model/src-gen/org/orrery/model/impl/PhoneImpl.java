/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.orrery.model.Architecture;
import org.orrery.model.OrreryPackage;
import org.orrery.model.Phone;
import org.orrery.model.PhoneInstance;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Phone</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.PhoneImpl#getSoc <em>Soc</em>}</li>
 *   <li>{@link org.orrery.model.impl.PhoneImpl#getCores <em>Cores</em>}</li>
 *   <li>{@link org.orrery.model.impl.PhoneImpl#getClockGHz <em>Clock GHz</em>}</li>
 *   <li>{@link org.orrery.model.impl.PhoneImpl#getMemoryMB <em>Memory MB</em>}</li>
 *   <li>{@link org.orrery.model.impl.PhoneImpl#getStorageGB <em>Storage GB</em>}</li>
 *   <li>{@link org.orrery.model.impl.PhoneImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.orrery.model.impl.PhoneImpl#getVirtualizationOverhead <em>Virtualization Overhead</em>}</li>
 *   <li>{@link org.orrery.model.impl.PhoneImpl#getInstances <em>Instances</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PhoneImpl extends NamedElementImpl implements Phone {
	/**
	 * The default value of the '{@link #getSoc() <em>Soc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoc()
	 * @generated
	 * @ordered
	 */
	protected static final String SOC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSoc() <em>Soc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoc()
	 * @generated
	 * @ordered
	 */
	protected String soc = SOC_EDEFAULT;

	/**
	 * The default value of the '{@link #getCores() <em>Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCores()
	 * @generated
	 * @ordered
	 */
	protected static final int CORES_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getCores() <em>Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCores()
	 * @generated
	 * @ordered
	 */
	protected int cores = CORES_EDEFAULT;

	/**
	 * The default value of the '{@link #getClockGHz() <em>Clock GHz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClockGHz()
	 * @generated
	 * @ordered
	 */
	protected static final double CLOCK_GHZ_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getClockGHz() <em>Clock GHz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClockGHz()
	 * @generated
	 * @ordered
	 */
	protected double clockGHz = CLOCK_GHZ_EDEFAULT;

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
	 * The default value of the '{@link #getStorageGB() <em>Storage GB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageGB()
	 * @generated
	 * @ordered
	 */
	protected static final double STORAGE_GB_EDEFAULT = 16.0;

	/**
	 * The cached value of the '{@link #getStorageGB() <em>Storage GB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageGB()
	 * @generated
	 * @ordered
	 */
	protected double storageGB = STORAGE_GB_EDEFAULT;

	/**
	 * The default value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected static final Architecture ARCHITECTURE_EDEFAULT = Architecture.ARM;

	/**
	 * The cached value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected Architecture architecture = ARCHITECTURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVirtualizationOverhead() <em>Virtualization Overhead</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualizationOverhead()
	 * @generated
	 * @ordered
	 */
	protected static final double VIRTUALIZATION_OVERHEAD_EDEFAULT = 0.065;

	/**
	 * The cached value of the '{@link #getVirtualizationOverhead() <em>Virtualization Overhead</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualizationOverhead()
	 * @generated
	 * @ordered
	 */
	protected double virtualizationOverhead = VIRTUALIZATION_OVERHEAD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInstances() <em>Instances</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstances()
	 * @generated
	 * @ordered
	 */
	protected EList<PhoneInstance> instances;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PhoneImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.PHONE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSoc() {
		return soc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSoc(String newSoc) {
		String oldSoc = soc;
		soc = newSoc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.PHONE__SOC, oldSoc, soc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCores() {
		return cores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCores(int newCores) {
		int oldCores = cores;
		cores = newCores;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.PHONE__CORES, oldCores, cores));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getClockGHz() {
		return clockGHz;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClockGHz(double newClockGHz) {
		double oldClockGHz = clockGHz;
		clockGHz = newClockGHz;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.PHONE__CLOCK_GHZ, oldClockGHz, clockGHz));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.PHONE__MEMORY_MB, oldMemoryMB, memoryMB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStorageGB() {
		return storageGB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorageGB(double newStorageGB) {
		double oldStorageGB = storageGB;
		storageGB = newStorageGB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.PHONE__STORAGE_GB, oldStorageGB, storageGB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Architecture getArchitecture() {
		return architecture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchitecture(Architecture newArchitecture) {
		Architecture oldArchitecture = architecture;
		architecture = newArchitecture == null ? ARCHITECTURE_EDEFAULT : newArchitecture;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.PHONE__ARCHITECTURE, oldArchitecture, architecture));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getVirtualizationOverhead() {
		return virtualizationOverhead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVirtualizationOverhead(double newVirtualizationOverhead) {
		double oldVirtualizationOverhead = virtualizationOverhead;
		virtualizationOverhead = newVirtualizationOverhead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.PHONE__VIRTUALIZATION_OVERHEAD, oldVirtualizationOverhead, virtualizationOverhead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PhoneInstance> getInstances() {
		if (instances == null) {
			instances = new EObjectContainmentEList<PhoneInstance>(PhoneInstance.class, this, OrreryPackage.PHONE__INSTANCES);
		}
		return instances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrreryPackage.PHONE__INSTANCES:
				return ((InternalEList<?>)getInstances()).basicRemove(otherEnd, msgs);
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
			case OrreryPackage.PHONE__SOC:
				return getSoc();
			case OrreryPackage.PHONE__CORES:
				return getCores();
			case OrreryPackage.PHONE__CLOCK_GHZ:
				return getClockGHz();
			case OrreryPackage.PHONE__MEMORY_MB:
				return getMemoryMB();
			case OrreryPackage.PHONE__STORAGE_GB:
				return getStorageGB();
			case OrreryPackage.PHONE__ARCHITECTURE:
				return getArchitecture();
			case OrreryPackage.PHONE__VIRTUALIZATION_OVERHEAD:
				return getVirtualizationOverhead();
			case OrreryPackage.PHONE__INSTANCES:
				return getInstances();
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
			case OrreryPackage.PHONE__SOC:
				setSoc((String)newValue);
				return;
			case OrreryPackage.PHONE__CORES:
				setCores((Integer)newValue);
				return;
			case OrreryPackage.PHONE__CLOCK_GHZ:
				setClockGHz((Double)newValue);
				return;
			case OrreryPackage.PHONE__MEMORY_MB:
				setMemoryMB((Integer)newValue);
				return;
			case OrreryPackage.PHONE__STORAGE_GB:
				setStorageGB((Double)newValue);
				return;
			case OrreryPackage.PHONE__ARCHITECTURE:
				setArchitecture((Architecture)newValue);
				return;
			case OrreryPackage.PHONE__VIRTUALIZATION_OVERHEAD:
				setVirtualizationOverhead((Double)newValue);
				return;
			case OrreryPackage.PHONE__INSTANCES:
				getInstances().clear();
				getInstances().addAll((Collection<? extends PhoneInstance>)newValue);
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
			case OrreryPackage.PHONE__SOC:
				setSoc(SOC_EDEFAULT);
				return;
			case OrreryPackage.PHONE__CORES:
				setCores(CORES_EDEFAULT);
				return;
			case OrreryPackage.PHONE__CLOCK_GHZ:
				setClockGHz(CLOCK_GHZ_EDEFAULT);
				return;
			case OrreryPackage.PHONE__MEMORY_MB:
				setMemoryMB(MEMORY_MB_EDEFAULT);
				return;
			case OrreryPackage.PHONE__STORAGE_GB:
				setStorageGB(STORAGE_GB_EDEFAULT);
				return;
			case OrreryPackage.PHONE__ARCHITECTURE:
				setArchitecture(ARCHITECTURE_EDEFAULT);
				return;
			case OrreryPackage.PHONE__VIRTUALIZATION_OVERHEAD:
				setVirtualizationOverhead(VIRTUALIZATION_OVERHEAD_EDEFAULT);
				return;
			case OrreryPackage.PHONE__INSTANCES:
				getInstances().clear();
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
			case OrreryPackage.PHONE__SOC:
				return SOC_EDEFAULT == null ? soc != null : !SOC_EDEFAULT.equals(soc);
			case OrreryPackage.PHONE__CORES:
				return cores != CORES_EDEFAULT;
			case OrreryPackage.PHONE__CLOCK_GHZ:
				return clockGHz != CLOCK_GHZ_EDEFAULT;
			case OrreryPackage.PHONE__MEMORY_MB:
				return memoryMB != MEMORY_MB_EDEFAULT;
			case OrreryPackage.PHONE__STORAGE_GB:
				return storageGB != STORAGE_GB_EDEFAULT;
			case OrreryPackage.PHONE__ARCHITECTURE:
				return architecture != ARCHITECTURE_EDEFAULT;
			case OrreryPackage.PHONE__VIRTUALIZATION_OVERHEAD:
				return virtualizationOverhead != VIRTUALIZATION_OVERHEAD_EDEFAULT;
			case OrreryPackage.PHONE__INSTANCES:
				return instances != null && !instances.isEmpty();
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
		result.append(" (soc: ");
		result.append(soc);
		result.append(", cores: ");
		result.append(cores);
		result.append(", clockGHz: ");
		result.append(clockGHz);
		result.append(", memoryMB: ");
		result.append(memoryMB);
		result.append(", storageGB: ");
		result.append(storageGB);
		result.append(", architecture: ");
		result.append(architecture);
		result.append(", virtualizationOverhead: ");
		result.append(virtualizationOverhead);
		result.append(')');
		return result.toString();
	}

} //PhoneImpl
