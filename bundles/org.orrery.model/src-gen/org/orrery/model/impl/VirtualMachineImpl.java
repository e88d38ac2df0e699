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
import org.orrery.model.Disk;
import org.orrery.model.Host;
import org.orrery.model.InstanceType;
import org.orrery.model.MemoryProfile;
import org.orrery.model.NetworkInterface;
import org.orrery.model.OrreryPackage;
import org.orrery.model.Substrate;
import org.orrery.model.VirtualCpu;
import org.orrery.model.VirtualMachine;
import org.orrery.model.VmRole;
import org.orrery.model.VmState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Virtual Machine</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.VirtualMachineImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.orrery.model.impl.VirtualMachineImpl#getState <em>State</em>}</li>
 *   <li>{@link org.orrery.model.impl.VirtualMachineImpl#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.orrery.model.impl.VirtualMachineImpl#getMemoryMB <em>Memory MB</em>}</li>
 *   <li>{@link org.orrery.model.impl.VirtualMachineImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.orrery.model.impl.VirtualMachineImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.orrery.model.impl.VirtualMachineImpl#getCpuWeight <em>Cpu Weight</em>}</li>
 *   <li>{@link org.orrery.model.impl.VirtualMachineImpl#getBootTimeS <em>Boot Time S</em>}</li>
 *   <li>{@link org.orrery.model.impl.VirtualMachineImpl#getDisks <em>Disks</em>}</li>
 *   <li>{@link org.orrery.model.impl.VirtualMachineImpl#getNics <em>Nics</em>}</li>
 *   <li>{@link org.orrery.model.impl.VirtualMachineImpl#getMemoryProfile <em>Memory Profile</em>}</li>
 *   <li>{@link org.orrery.model.impl.VirtualMachineImpl#getInstanceType <em>Instance Type</em>}</li>
 *   <li>{@link org.orrery.model.impl.VirtualMachineImpl#getActivatedFrom <em>Activated From</em>}</li>
 *   <li>{@link org.orrery.model.impl.VirtualMachineImpl#getSplitFrom <em>Split From</em>}</li>
 *   <li>{@link org.orrery.model.impl.VirtualMachineImpl#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VirtualMachineImpl extends NamedElementImpl implements VirtualMachine {
	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected Host host;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final VmState STATE_EDEFAULT = VmState.HALTED;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected VmState state = STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVcpus() <em>Vcpus</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpus()
	 * @generated
	 * @ordered
	 */
	protected EList<VirtualCpu> vcpus;

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
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final VmRole ROLE_EDEFAULT = VmRole.WORKER;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected VmRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuWeight() <em>Cpu Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuWeight()
	 * @generated
	 * @ordered
	 */
	protected static final int CPU_WEIGHT_EDEFAULT = 256;

	/**
	 * The cached value of the '{@link #getCpuWeight() <em>Cpu Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuWeight()
	 * @generated
	 * @ordered
	 */
	protected int cpuWeight = CPU_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBootTimeS() <em>Boot Time S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootTimeS()
	 * @generated
	 * @ordered
	 */
	protected static final double BOOT_TIME_S_EDEFAULT = 60.0;

	/**
	 * The cached value of the '{@link #getBootTimeS() <em>Boot Time S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootTimeS()
	 * @generated
	 * @ordered
	 */
	protected double bootTimeS = BOOT_TIME_S_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDisks() <em>Disks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisks()
	 * @generated
	 * @ordered
	 */
	protected EList<Disk> disks;

	/**
	 * The cached value of the '{@link #getNics() <em>Nics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNics()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkInterface> nics;

	/**
	 * The cached value of the '{@link #getMemoryProfile() <em>Memory Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryProfile()
	 * @generated
	 * @ordered
	 */
	protected MemoryProfile memoryProfile;

	/**
	 * The cached value of the '{@link #getInstanceType() <em>Instance Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstanceType()
	 * @generated
	 * @ordered
	 */
	protected InstanceType instanceType;

	/**
	 * The cached value of the '{@link #getActivatedFrom() <em>Activated From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivatedFrom()
	 * @generated
	 * @ordered
	 */
	protected Substrate activatedFrom;

	/**
	 * The cached value of the '{@link #getSplitFrom() <em>Split From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSplitFrom()
	 * @generated
	 * @ordered
	 */
	protected VirtualMachine splitFrom;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VirtualMachineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.VIRTUAL_MACHINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host getHost() {
		if (host != null && host.eIsProxy()) {
			InternalEObject oldHost = (InternalEObject)host;
			host = (Host)eResolveProxy(oldHost);
			if (host != oldHost) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrreryPackage.VIRTUAL_MACHINE__HOST, oldHost, host));
			}
		}
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Host basicGetHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHost(Host newHost, NotificationChain msgs) {
		Host oldHost = host;
		host = newHost;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, OrreryPackage.VIRTUAL_MACHINE__HOST, oldHost, newHost);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(Host newHost) {
		if (newHost != host) {
			NotificationChain msgs = null;
			if (host != null)
				msgs = ((InternalEObject)host).eInverseRemove(this, OrreryPackage.HOST__VIRTUAL_MACHINES, Host.class, msgs);
			if (newHost != null)
				msgs = ((InternalEObject)newHost).eInverseAdd(this, OrreryPackage.HOST__VIRTUAL_MACHINES, Host.class, msgs);
			msgs = basicSetHost(newHost, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.VIRTUAL_MACHINE__HOST, newHost, newHost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VmState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(VmState newState) {
		VmState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.VIRTUAL_MACHINE__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VirtualCpu> getVcpus() {
		if (vcpus == null) {
			vcpus = new EObjectContainmentEList<VirtualCpu>(VirtualCpu.class, this, OrreryPackage.VIRTUAL_MACHINE__VCPUS);
		}
		return vcpus;
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.VIRTUAL_MACHINE__MEMORY_MB, oldMemoryMB, memoryMB));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.VIRTUAL_MACHINE__ARCHITECTURE, oldArchitecture, architecture));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VmRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(VmRole newRole) {
		VmRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.VIRTUAL_MACHINE__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCpuWeight() {
		return cpuWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuWeight(int newCpuWeight) {
		int oldCpuWeight = cpuWeight;
		cpuWeight = newCpuWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.VIRTUAL_MACHINE__CPU_WEIGHT, oldCpuWeight, cpuWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBootTimeS() {
		return bootTimeS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBootTimeS(double newBootTimeS) {
		double oldBootTimeS = bootTimeS;
		bootTimeS = newBootTimeS;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.VIRTUAL_MACHINE__BOOT_TIME_S, oldBootTimeS, bootTimeS));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Disk> getDisks() {
		if (disks == null) {
			disks = new EObjectContainmentEList<Disk>(Disk.class, this, OrreryPackage.VIRTUAL_MACHINE__DISKS);
		}
		return disks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkInterface> getNics() {
		if (nics == null) {
			nics = new EObjectContainmentEList<NetworkInterface>(NetworkInterface.class, this, OrreryPackage.VIRTUAL_MACHINE__NICS);
		}
		return nics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemoryProfile getMemoryProfile() {
		return memoryProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMemoryProfile(MemoryProfile newMemoryProfile, NotificationChain msgs) {
		MemoryProfile oldMemoryProfile = memoryProfile;
		memoryProfile = newMemoryProfile;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, OrreryPackage.VIRTUAL_MACHINE__MEMORY_PROFILE, oldMemoryProfile, newMemoryProfile);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryProfile(MemoryProfile newMemoryProfile) {
		if (newMemoryProfile != memoryProfile) {
			NotificationChain msgs = null;
			if (memoryProfile != null)
				msgs = ((InternalEObject)memoryProfile).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - OrreryPackage.VIRTUAL_MACHINE__MEMORY_PROFILE, null, msgs);
			if (newMemoryProfile != null)
				msgs = ((InternalEObject)newMemoryProfile).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - OrreryPackage.VIRTUAL_MACHINE__MEMORY_PROFILE, null, msgs);
			msgs = basicSetMemoryProfile(newMemoryProfile, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.VIRTUAL_MACHINE__MEMORY_PROFILE, newMemoryProfile, newMemoryProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstanceType getInstanceType() {
		if (instanceType != null && instanceType.eIsProxy()) {
			InternalEObject oldInstanceType = (InternalEObject)instanceType;
			instanceType = (InstanceType)eResolveProxy(oldInstanceType);
			if (instanceType != oldInstanceType) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrreryPackage.VIRTUAL_MACHINE__INSTANCE_TYPE, oldInstanceType, instanceType));
			}
		}
		return instanceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InstanceType basicGetInstanceType() {
		return instanceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstanceType(InstanceType newInstanceType) {
		InstanceType oldInstanceType = instanceType;
		instanceType = newInstanceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.VIRTUAL_MACHINE__INSTANCE_TYPE, oldInstanceType, instanceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Substrate getActivatedFrom() {
		if (activatedFrom != null && activatedFrom.eIsProxy()) {
			InternalEObject oldActivatedFrom = (InternalEObject)activatedFrom;
			activatedFrom = (Substrate)eResolveProxy(oldActivatedFrom);
			if (activatedFrom != oldActivatedFrom) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrreryPackage.VIRTUAL_MACHINE__ACTIVATED_FROM, oldActivatedFrom, activatedFrom));
			}
		}
		return activatedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Substrate basicGetActivatedFrom() {
		return activatedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivatedFrom(Substrate newActivatedFrom) {
		Substrate oldActivatedFrom = activatedFrom;
		activatedFrom = newActivatedFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.VIRTUAL_MACHINE__ACTIVATED_FROM, oldActivatedFrom, activatedFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualMachine getSplitFrom() {
		if (splitFrom != null && splitFrom.eIsProxy()) {
			InternalEObject oldSplitFrom = (InternalEObject)splitFrom;
			splitFrom = (VirtualMachine)eResolveProxy(oldSplitFrom);
			if (splitFrom != oldSplitFrom) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrreryPackage.VIRTUAL_MACHINE__SPLIT_FROM, oldSplitFrom, splitFrom));
			}
		}
		return splitFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VirtualMachine basicGetSplitFrom() {
		return splitFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSplitFrom(VirtualMachine newSplitFrom) {
		VirtualMachine oldSplitFrom = splitFrom;
		splitFrom = newSplitFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.VIRTUAL_MACHINE__SPLIT_FROM, oldSplitFrom, splitFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.VIRTUAL_MACHINE__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrreryPackage.VIRTUAL_MACHINE__HOST:
				if (host != null)
					msgs = ((InternalEObject)host).eInverseRemove(this, OrreryPackage.HOST__VIRTUAL_MACHINES, Host.class, msgs);
				return basicSetHost((Host)otherEnd, msgs);
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
			case OrreryPackage.VIRTUAL_MACHINE__HOST:
				return basicSetHost(null, msgs);
			case OrreryPackage.VIRTUAL_MACHINE__VCPUS:
				return ((InternalEList<?>)getVcpus()).basicRemove(otherEnd, msgs);
			case OrreryPackage.VIRTUAL_MACHINE__DISKS:
				return ((InternalEList<?>)getDisks()).basicRemove(otherEnd, msgs);
			case OrreryPackage.VIRTUAL_MACHINE__NICS:
				return ((InternalEList<?>)getNics()).basicRemove(otherEnd, msgs);
			case OrreryPackage.VIRTUAL_MACHINE__MEMORY_PROFILE:
				return basicSetMemoryProfile(null, msgs);
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
			case OrreryPackage.VIRTUAL_MACHINE__HOST:
				if (resolve) return getHost();
				return basicGetHost();
			case OrreryPackage.VIRTUAL_MACHINE__STATE:
				return getState();
			case OrreryPackage.VIRTUAL_MACHINE__VCPUS:
				return getVcpus();
			case OrreryPackage.VIRTUAL_MACHINE__MEMORY_MB:
				return getMemoryMB();
			case OrreryPackage.VIRTUAL_MACHINE__ARCHITECTURE:
				return getArchitecture();
			case OrreryPackage.VIRTUAL_MACHINE__ROLE:
				return getRole();
			case OrreryPackage.VIRTUAL_MACHINE__CPU_WEIGHT:
				return getCpuWeight();
			case OrreryPackage.VIRTUAL_MACHINE__BOOT_TIME_S:
				return getBootTimeS();
			case OrreryPackage.VIRTUAL_MACHINE__DISKS:
				return getDisks();
			case OrreryPackage.VIRTUAL_MACHINE__NICS:
				return getNics();
			case OrreryPackage.VIRTUAL_MACHINE__MEMORY_PROFILE:
				return getMemoryProfile();
			case OrreryPackage.VIRTUAL_MACHINE__INSTANCE_TYPE:
				if (resolve) return getInstanceType();
				return basicGetInstanceType();
			case OrreryPackage.VIRTUAL_MACHINE__ACTIVATED_FROM:
				if (resolve) return getActivatedFrom();
				return basicGetActivatedFrom();
			case OrreryPackage.VIRTUAL_MACHINE__SPLIT_FROM:
				if (resolve) return getSplitFrom();
				return basicGetSplitFrom();
			case OrreryPackage.VIRTUAL_MACHINE__OWNER:
				return getOwner();
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
			case OrreryPackage.VIRTUAL_MACHINE__HOST:
				setHost((Host)newValue);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__STATE:
				setState((VmState)newValue);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__VCPUS:
				getVcpus().clear();
				getVcpus().addAll((Collection<? extends VirtualCpu>)newValue);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__MEMORY_MB:
				setMemoryMB((Integer)newValue);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__ARCHITECTURE:
				setArchitecture((Architecture)newValue);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__ROLE:
				setRole((VmRole)newValue);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__CPU_WEIGHT:
				setCpuWeight((Integer)newValue);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__BOOT_TIME_S:
				setBootTimeS((Double)newValue);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__DISKS:
				getDisks().clear();
				getDisks().addAll((Collection<? extends Disk>)newValue);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__NICS:
				getNics().clear();
				getNics().addAll((Collection<? extends NetworkInterface>)newValue);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__MEMORY_PROFILE:
				setMemoryProfile((MemoryProfile)newValue);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__INSTANCE_TYPE:
				setInstanceType((InstanceType)newValue);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__ACTIVATED_FROM:
				setActivatedFrom((Substrate)newValue);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__SPLIT_FROM:
				setSplitFrom((VirtualMachine)newValue);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__OWNER:
				setOwner((String)newValue);
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
			case OrreryPackage.VIRTUAL_MACHINE__HOST:
				setHost((Host)null);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__STATE:
				setState(STATE_EDEFAULT);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__VCPUS:
				getVcpus().clear();
				return;
			case OrreryPackage.VIRTUAL_MACHINE__MEMORY_MB:
				setMemoryMB(MEMORY_MB_EDEFAULT);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__ARCHITECTURE:
				setArchitecture(ARCHITECTURE_EDEFAULT);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__CPU_WEIGHT:
				setCpuWeight(CPU_WEIGHT_EDEFAULT);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__BOOT_TIME_S:
				setBootTimeS(BOOT_TIME_S_EDEFAULT);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__DISKS:
				getDisks().clear();
				return;
			case OrreryPackage.VIRTUAL_MACHINE__NICS:
				getNics().clear();
				return;
			case OrreryPackage.VIRTUAL_MACHINE__MEMORY_PROFILE:
				setMemoryProfile((MemoryProfile)null);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__INSTANCE_TYPE:
				setInstanceType((InstanceType)null);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__ACTIVATED_FROM:
				setActivatedFrom((Substrate)null);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__SPLIT_FROM:
				setSplitFrom((VirtualMachine)null);
				return;
			case OrreryPackage.VIRTUAL_MACHINE__OWNER:
				setOwner(OWNER_EDEFAULT);
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
			case OrreryPackage.VIRTUAL_MACHINE__HOST:
				return host != null;
			case OrreryPackage.VIRTUAL_MACHINE__STATE:
				return state != STATE_EDEFAULT;
			case OrreryPackage.VIRTUAL_MACHINE__VCPUS:
				return vcpus != null && !vcpus.isEmpty();
			case OrreryPackage.VIRTUAL_MACHINE__MEMORY_MB:
				return memoryMB != MEMORY_MB_EDEFAULT;
			case OrreryPackage.VIRTUAL_MACHINE__ARCHITECTURE:
				return architecture != ARCHITECTURE_EDEFAULT;
			case OrreryPackage.VIRTUAL_MACHINE__ROLE:
				return role != ROLE_EDEFAULT;
			case OrreryPackage.VIRTUAL_MACHINE__CPU_WEIGHT:
				return cpuWeight != CPU_WEIGHT_EDEFAULT;
			case OrreryPackage.VIRTUAL_MACHINE__BOOT_TIME_S:
				return bootTimeS != BOOT_TIME_S_EDEFAULT;
			case OrreryPackage.VIRTUAL_MACHINE__DISKS:
				return disks != null && !disks.isEmpty();
			case OrreryPackage.VIRTUAL_MACHINE__NICS:
				return nics != null && !nics.isEmpty();
			case OrreryPackage.VIRTUAL_MACHINE__MEMORY_PROFILE:
				return memoryProfile != null;
			case OrreryPackage.VIRTUAL_MACHINE__INSTANCE_TYPE:
				return instanceType != null;
			case OrreryPackage.VIRTUAL_MACHINE__ACTIVATED_FROM:
				return activatedFrom != null;
			case OrreryPackage.VIRTUAL_MACHINE__SPLIT_FROM:
				return splitFrom != null;
			case OrreryPackage.VIRTUAL_MACHINE__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
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
		result.append(" (state: ");
		result.append(state);
		result.append(", memoryMB: ");
		result.append(memoryMB);
		result.append(", architecture: ");
		result.append(architecture);
		result.append(", role: ");
		result.append(role);
		result.append(", cpuWeight: ");
		result.append(cpuWeight);
		result.append(", bootTimeS: ");
		result.append(bootTimeS);
		result.append(", owner: ");
		result.append(owner);
		result.append(')');
		return result.toString();
	}

} //VirtualMachineImpl
