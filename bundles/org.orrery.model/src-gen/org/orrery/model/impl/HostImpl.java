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
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.orrery.model.Architecture;
import org.orrery.model.Datastore;
import org.orrery.model.Host;
import org.orrery.model.HypervisorKind;
import org.orrery.model.OrreryPackage;
import org.orrery.model.PhysicalCpu;
import org.orrery.model.PowerState;
import org.orrery.model.VirtualMachine;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.HostImpl#getPcpus <em>Pcpus</em>}</li>
 *   <li>{@link org.orrery.model.impl.HostImpl#getMemoryMB <em>Memory MB</em>}</li>
 *   <li>{@link org.orrery.model.impl.HostImpl#getHypervisor <em>Hypervisor</em>}</li>
 *   <li>{@link org.orrery.model.impl.HostImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.orrery.model.impl.HostImpl#getCpuModel <em>Cpu Model</em>}</li>
 *   <li>{@link org.orrery.model.impl.HostImpl#getClockGHz <em>Clock GHz</em>}</li>
 *   <li>{@link org.orrery.model.impl.HostImpl#getLibvirtUri <em>Libvirt Uri</em>}</li>
 *   <li>{@link org.orrery.model.impl.HostImpl#getPowerState <em>Power State</em>}</li>
 *   <li>{@link org.orrery.model.impl.HostImpl#getOptimalUtilization <em>Optimal Utilization</em>}</li>
 *   <li>{@link org.orrery.model.impl.HostImpl#isCpuOvercommit <em>Cpu Overcommit</em>}</li>
 *   <li>{@link org.orrery.model.impl.HostImpl#isMemoryOvercommit <em>Memory Overcommit</em>}</li>
 *   <li>{@link org.orrery.model.impl.HostImpl#getDatastores <em>Datastores</em>}</li>
 *   <li>{@link org.orrery.model.impl.HostImpl#getVirtualMachines <em>Virtual Machines</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HostImpl extends NetworkEndpointImpl implements Host {
	/**
	 * The cached value of the '{@link #getPcpus() <em>Pcpus</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPcpus()
	 * @generated
	 * @ordered
	 */
	protected EList<PhysicalCpu> pcpus;

	/**
	 * The default value of the '{@link #getMemoryMB() <em>Memory MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMB()
	 * @generated
	 * @ordered
	 */
	protected static final int MEMORY_MB_EDEFAULT = 8192;

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
	 * The default value of the '{@link #getHypervisor() <em>Hypervisor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypervisor()
	 * @generated
	 * @ordered
	 */
	protected static final HypervisorKind HYPERVISOR_EDEFAULT = HypervisorKind.KVM;

	/**
	 * The cached value of the '{@link #getHypervisor() <em>Hypervisor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypervisor()
	 * @generated
	 * @ordered
	 */
	protected HypervisorKind hypervisor = HYPERVISOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected static final Architecture ARCHITECTURE_EDEFAULT = Architecture.X86_64;

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
	 * The default value of the '{@link #getCpuModel() <em>Cpu Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuModel()
	 * @generated
	 * @ordered
	 */
	protected static final String CPU_MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCpuModel() <em>Cpu Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuModel()
	 * @generated
	 * @ordered
	 */
	protected String cpuModel = CPU_MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getClockGHz() <em>Clock GHz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClockGHz()
	 * @generated
	 * @ordered
	 */
	protected static final double CLOCK_GHZ_EDEFAULT = 2.5;

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
	 * The default value of the '{@link #getLibvirtUri() <em>Libvirt Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLibvirtUri()
	 * @generated
	 * @ordered
	 */
	protected static final String LIBVIRT_URI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLibvirtUri() <em>Libvirt Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLibvirtUri()
	 * @generated
	 * @ordered
	 */
	protected String libvirtUri = LIBVIRT_URI_EDEFAULT;

	/**
	 * The default value of the '{@link #getPowerState() <em>Power State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerState()
	 * @generated
	 * @ordered
	 */
	protected static final PowerState POWER_STATE_EDEFAULT = PowerState.ON;

	/**
	 * The cached value of the '{@link #getPowerState() <em>Power State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerState()
	 * @generated
	 * @ordered
	 */
	protected PowerState powerState = POWER_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOptimalUtilization() <em>Optimal Utilization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimalUtilization()
	 * @generated
	 * @ordered
	 */
	protected static final double OPTIMAL_UTILIZATION_EDEFAULT = 0.8;

	/**
	 * The cached value of the '{@link #getOptimalUtilization() <em>Optimal Utilization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimalUtilization()
	 * @generated
	 * @ordered
	 */
	protected double optimalUtilization = OPTIMAL_UTILIZATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isCpuOvercommit() <em>Cpu Overcommit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCpuOvercommit()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CPU_OVERCOMMIT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCpuOvercommit() <em>Cpu Overcommit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCpuOvercommit()
	 * @generated
	 * @ordered
	 */
	protected boolean cpuOvercommit = CPU_OVERCOMMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #isMemoryOvercommit() <em>Memory Overcommit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMemoryOvercommit()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MEMORY_OVERCOMMIT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMemoryOvercommit() <em>Memory Overcommit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMemoryOvercommit()
	 * @generated
	 * @ordered
	 */
	protected boolean memoryOvercommit = MEMORY_OVERCOMMIT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDatastores() <em>Datastores</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatastores()
	 * @generated
	 * @ordered
	 */
	protected EList<Datastore> datastores;

	/**
	 * The cached value of the '{@link #getVirtualMachines() <em>Virtual Machines</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualMachines()
	 * @generated
	 * @ordered
	 */
	protected EList<VirtualMachine> virtualMachines;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.HOST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PhysicalCpu> getPcpus() {
		if (pcpus == null) {
			pcpus = new EObjectContainmentEList<PhysicalCpu>(PhysicalCpu.class, this, OrreryPackage.HOST__PCPUS);
		}
		return pcpus;
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.HOST__MEMORY_MB, oldMemoryMB, memoryMB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HypervisorKind getHypervisor() {
		return hypervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHypervisor(HypervisorKind newHypervisor) {
		HypervisorKind oldHypervisor = hypervisor;
		hypervisor = newHypervisor == null ? HYPERVISOR_EDEFAULT : newHypervisor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.HOST__HYPERVISOR, oldHypervisor, hypervisor));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.HOST__ARCHITECTURE, oldArchitecture, architecture));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCpuModel() {
		return cpuModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuModel(String newCpuModel) {
		String oldCpuModel = cpuModel;
		cpuModel = newCpuModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.HOST__CPU_MODEL, oldCpuModel, cpuModel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.HOST__CLOCK_GHZ, oldClockGHz, clockGHz));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLibvirtUri() {
		return libvirtUri;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLibvirtUri(String newLibvirtUri) {
		String oldLibvirtUri = libvirtUri;
		libvirtUri = newLibvirtUri;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.HOST__LIBVIRT_URI, oldLibvirtUri, libvirtUri));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PowerState getPowerState() {
		return powerState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPowerState(PowerState newPowerState) {
		PowerState oldPowerState = powerState;
		powerState = newPowerState == null ? POWER_STATE_EDEFAULT : newPowerState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.HOST__POWER_STATE, oldPowerState, powerState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOptimalUtilization() {
		return optimalUtilization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptimalUtilization(double newOptimalUtilization) {
		double oldOptimalUtilization = optimalUtilization;
		optimalUtilization = newOptimalUtilization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.HOST__OPTIMAL_UTILIZATION, oldOptimalUtilization, optimalUtilization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCpuOvercommit() {
		return cpuOvercommit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuOvercommit(boolean newCpuOvercommit) {
		boolean oldCpuOvercommit = cpuOvercommit;
		cpuOvercommit = newCpuOvercommit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.HOST__CPU_OVERCOMMIT, oldCpuOvercommit, cpuOvercommit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMemoryOvercommit() {
		return memoryOvercommit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryOvercommit(boolean newMemoryOvercommit) {
		boolean oldMemoryOvercommit = memoryOvercommit;
		memoryOvercommit = newMemoryOvercommit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.HOST__MEMORY_OVERCOMMIT, oldMemoryOvercommit, memoryOvercommit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Datastore> getDatastores() {
		if (datastores == null) {
			datastores = new EObjectContainmentEList<Datastore>(Datastore.class, this, OrreryPackage.HOST__DATASTORES);
		}
		return datastores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VirtualMachine> getVirtualMachines() {
		if (virtualMachines == null) {
			virtualMachines = new EObjectWithInverseResolvingEList<VirtualMachine>(VirtualMachine.class, this, OrreryPackage.HOST__VIRTUAL_MACHINES, OrreryPackage.VIRTUAL_MACHINE__HOST);
		}
		return virtualMachines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrreryPackage.HOST__VIRTUAL_MACHINES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getVirtualMachines()).basicAdd(otherEnd, msgs);
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
			case OrreryPackage.HOST__PCPUS:
				return ((InternalEList<?>)getPcpus()).basicRemove(otherEnd, msgs);
			case OrreryPackage.HOST__DATASTORES:
				return ((InternalEList<?>)getDatastores()).basicRemove(otherEnd, msgs);
			case OrreryPackage.HOST__VIRTUAL_MACHINES:
				return ((InternalEList<?>)getVirtualMachines()).basicRemove(otherEnd, msgs);
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
			case OrreryPackage.HOST__PCPUS:
				return getPcpus();
			case OrreryPackage.HOST__MEMORY_MB:
				return getMemoryMB();
			case OrreryPackage.HOST__HYPERVISOR:
				return getHypervisor();
			case OrreryPackage.HOST__ARCHITECTURE:
				return getArchitecture();
			case OrreryPackage.HOST__CPU_MODEL:
				return getCpuModel();
			case OrreryPackage.HOST__CLOCK_GHZ:
				return getClockGHz();
			case OrreryPackage.HOST__LIBVIRT_URI:
				return getLibvirtUri();
			case OrreryPackage.HOST__POWER_STATE:
				return getPowerState();
			case OrreryPackage.HOST__OPTIMAL_UTILIZATION:
				return getOptimalUtilization();
			case OrreryPackage.HOST__CPU_OVERCOMMIT:
				return isCpuOvercommit();
			case OrreryPackage.HOST__MEMORY_OVERCOMMIT:
				return isMemoryOvercommit();
			case OrreryPackage.HOST__DATASTORES:
				return getDatastores();
			case OrreryPackage.HOST__VIRTUAL_MACHINES:
				return getVirtualMachines();
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
			case OrreryPackage.HOST__PCPUS:
				getPcpus().clear();
				getPcpus().addAll((Collection<? extends PhysicalCpu>)newValue);
				return;
			case OrreryPackage.HOST__MEMORY_MB:
				setMemoryMB((Integer)newValue);
				return;
			case OrreryPackage.HOST__HYPERVISOR:
				setHypervisor((HypervisorKind)newValue);
				return;
			case OrreryPackage.HOST__ARCHITECTURE:
				setArchitecture((Architecture)newValue);
				return;
			case OrreryPackage.HOST__CPU_MODEL:
				setCpuModel((String)newValue);
				return;
			case OrreryPackage.HOST__CLOCK_GHZ:
				setClockGHz((Double)newValue);
				return;
			case OrreryPackage.HOST__LIBVIRT_URI:
				setLibvirtUri((String)newValue);
				return;
			case OrreryPackage.HOST__POWER_STATE:
				setPowerState((PowerState)newValue);
				return;
			case OrreryPackage.HOST__OPTIMAL_UTILIZATION:
				setOptimalUtilization((Double)newValue);
				return;
			case OrreryPackage.HOST__CPU_OVERCOMMIT:
				setCpuOvercommit((Boolean)newValue);
				return;
			case OrreryPackage.HOST__MEMORY_OVERCOMMIT:
				setMemoryOvercommit((Boolean)newValue);
				return;
			case OrreryPackage.HOST__DATASTORES:
				getDatastores().clear();
				getDatastores().addAll((Collection<? extends Datastore>)newValue);
				return;
			case OrreryPackage.HOST__VIRTUAL_MACHINES:
				getVirtualMachines().clear();
				getVirtualMachines().addAll((Collection<? extends VirtualMachine>)newValue);
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
			case OrreryPackage.HOST__PCPUS:
				getPcpus().clear();
				return;
			case OrreryPackage.HOST__MEMORY_MB:
				setMemoryMB(MEMORY_MB_EDEFAULT);
				return;
			case OrreryPackage.HOST__HYPERVISOR:
				setHypervisor(HYPERVISOR_EDEFAULT);
				return;
			case OrreryPackage.HOST__ARCHITECTURE:
				setArchitecture(ARCHITECTURE_EDEFAULT);
				return;
			case OrreryPackage.HOST__CPU_MODEL:
				setCpuModel(CPU_MODEL_EDEFAULT);
				return;
			case OrreryPackage.HOST__CLOCK_GHZ:
				setClockGHz(CLOCK_GHZ_EDEFAULT);
				return;
			case OrreryPackage.HOST__LIBVIRT_URI:
				setLibvirtUri(LIBVIRT_URI_EDEFAULT);
				return;
			case OrreryPackage.HOST__POWER_STATE:
				setPowerState(POWER_STATE_EDEFAULT);
				return;
			case OrreryPackage.HOST__OPTIMAL_UTILIZATION:
				setOptimalUtilization(OPTIMAL_UTILIZATION_EDEFAULT);
				return;
			case OrreryPackage.HOST__CPU_OVERCOMMIT:
				setCpuOvercommit(CPU_OVERCOMMIT_EDEFAULT);
				return;
			case OrreryPackage.HOST__MEMORY_OVERCOMMIT:
				setMemoryOvercommit(MEMORY_OVERCOMMIT_EDEFAULT);
				return;
			case OrreryPackage.HOST__DATASTORES:
				getDatastores().clear();
				return;
			case OrreryPackage.HOST__VIRTUAL_MACHINES:
				getVirtualMachines().clear();
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
			case OrreryPackage.HOST__PCPUS:
				return pcpus != null && !pcpus.isEmpty();
			case OrreryPackage.HOST__MEMORY_MB:
				return memoryMB != MEMORY_MB_EDEFAULT;
			case OrreryPackage.HOST__HYPERVISOR:
				return hypervisor != HYPERVISOR_EDEFAULT;
			case OrreryPackage.HOST__ARCHITECTURE:
				return architecture != ARCHITECTURE_EDEFAULT;
			case OrreryPackage.HOST__CPU_MODEL:
				return CPU_MODEL_EDEFAULT == null ? cpuModel != null : !CPU_MODEL_EDEFAULT.equals(cpuModel);
			case OrreryPackage.HOST__CLOCK_GHZ:
				return clockGHz != CLOCK_GHZ_EDEFAULT;
			case OrreryPackage.HOST__LIBVIRT_URI:
				return LIBVIRT_URI_EDEFAULT == null ? libvirtUri != null : !LIBVIRT_URI_EDEFAULT.equals(libvirtUri);
			case OrreryPackage.HOST__POWER_STATE:
				return powerState != POWER_STATE_EDEFAULT;
			case OrreryPackage.HOST__OPTIMAL_UTILIZATION:
				return optimalUtilization != OPTIMAL_UTILIZATION_EDEFAULT;
			case OrreryPackage.HOST__CPU_OVERCOMMIT:
				return cpuOvercommit != CPU_OVERCOMMIT_EDEFAULT;
			case OrreryPackage.HOST__MEMORY_OVERCOMMIT:
				return memoryOvercommit != MEMORY_OVERCOMMIT_EDEFAULT;
			case OrreryPackage.HOST__DATASTORES:
				return datastores != null && !datastores.isEmpty();
			case OrreryPackage.HOST__VIRTUAL_MACHINES:
				return virtualMachines != null && !virtualMachines.isEmpty();
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
		result.append(" (memoryMB: ");
		result.append(memoryMB);
		result.append(", hypervisor: ");
		result.append(hypervisor);
		result.append(", architecture: ");
		result.append(architecture);
		result.append(", cpuModel: ");
		result.append(cpuModel);
		result.append(", clockGHz: ");
		result.append(clockGHz);
		result.append(", libvirtUri: ");
		result.append(libvirtUri);
		result.append(", powerState: ");
		result.append(powerState);
		result.append(", optimalUtilization: ");
		result.append(optimalUtilization);
		result.append(", cpuOvercommit: ");
		result.append(cpuOvercommit);
		result.append(", memoryOvercommit: ");
		result.append(memoryOvercommit);
		result.append(')');
		return result.toString();
	}

} //HostImpl
