/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Virtual Machine</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A virtual machine: vCPU objects, memory, disks and NICs, its life-cycle state and the host it is placed on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.VirtualMachine#getHost <em>Host</em>}</li>
 *   <li>{@link org.orrery.model.VirtualMachine#getState <em>State</em>}</li>
 *   <li>{@link org.orrery.model.VirtualMachine#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.orrery.model.VirtualMachine#getMemoryMB <em>Memory MB</em>}</li>
 *   <li>{@link org.orrery.model.VirtualMachine#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.orrery.model.VirtualMachine#getRole <em>Role</em>}</li>
 *   <li>{@link org.orrery.model.VirtualMachine#getCpuWeight <em>Cpu Weight</em>}</li>
 *   <li>{@link org.orrery.model.VirtualMachine#getBootTimeS <em>Boot Time S</em>}</li>
 *   <li>{@link org.orrery.model.VirtualMachine#getDisks <em>Disks</em>}</li>
 *   <li>{@link org.orrery.model.VirtualMachine#getNics <em>Nics</em>}</li>
 *   <li>{@link org.orrery.model.VirtualMachine#getMemoryProfile <em>Memory Profile</em>}</li>
 *   <li>{@link org.orrery.model.VirtualMachine#getInstanceType <em>Instance Type</em>}</li>
 *   <li>{@link org.orrery.model.VirtualMachine#getActivatedFrom <em>Activated From</em>}</li>
 *   <li>{@link org.orrery.model.VirtualMachine#getSplitFrom <em>Split From</em>}</li>
 *   <li>{@link org.orrery.model.VirtualMachine#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getVirtualMachine()
 * @model
 * @generated
 */
public interface VirtualMachine extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.orrery.model.Host#getVirtualMachines <em>Virtual Machines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The host the VM is placed on; must belong to the VM's own cloud. Empty means: not placed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host</em>' reference.
	 * @see #setHost(Host)
	 * @see org.orrery.model.OrreryPackage#getVirtualMachine_Host()
	 * @see org.orrery.model.Host#getVirtualMachines
	 * @model opposite="virtualMachines"
	 * @generated
	 */
	Host getHost();

	/**
	 * Sets the value of the '{@link org.orrery.model.VirtualMachine#getHost <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Host value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The default value is <code>"halted"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.VmState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Life-cycle state: halted, running, paused, suspended, migrating, and the substrate states inactive and docked. Default halted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.orrery.model.VmState
	 * @see #setState(VmState)
	 * @see org.orrery.model.OrreryPackage#getVirtualMachine_State()
	 * @model default="halted"
	 * @generated
	 */
	VmState getState();

	/**
	 * Sets the value of the '{@link org.orrery.model.VirtualMachine#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.orrery.model.VmState
	 * @see #getState()
	 * @generated
	 */
	void setState(VmState value);

	/**
	 * Returns the value of the '<em><b>Vcpus</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.VirtualCpu}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual CPUs, one object each, so placement and run-queue views can name them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vcpus</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getVirtualMachine_Vcpus()
	 * @model containment="true"
	 * @generated
	 */
	EList<VirtualCpu> getVcpus();

	/**
	 * Returns the value of the '<em><b>Memory MB</b></em>' attribute.
	 * The default value is <code>"1024"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Memory in MiB. Default 1024 (the COS and Shrinker VMs).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory MB</em>' attribute.
	 * @see #setMemoryMB(int)
	 * @see org.orrery.model.OrreryPackage#getVirtualMachine_MemoryMB()
	 * @model default="1024"
	 * @generated
	 */
	int getMemoryMB();

	/**
	 * Sets the value of the '{@link org.orrery.model.VirtualMachine#getMemoryMB <em>Memory MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory MB</em>' attribute.
	 * @see #getMemoryMB()
	 * @generated
	 */
	void setMemoryMB(int value);

	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * The default value is <code>"x86_64"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.Architecture}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Instruction set of the guest; a phone clone must match its phone. Default x86_64.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see org.orrery.model.Architecture
	 * @see #setArchitecture(Architecture)
	 * @see org.orrery.model.OrreryPackage#getVirtualMachine_Architecture()
	 * @model default="x86_64"
	 * @generated
	 */
	Architecture getArchitecture();

	/**
	 * Sets the value of the '{@link org.orrery.model.VirtualMachine#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see org.orrery.model.Architecture
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(Architecture value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The default value is <code>"worker"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.VmRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Role of the VM in its cluster (VIOLIN head node, Hadoop master/core/task). Default worker.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.orrery.model.VmRole
	 * @see #setRole(VmRole)
	 * @see org.orrery.model.OrreryPackage#getVirtualMachine_Role()
	 * @model default="worker"
	 * @generated
	 */
	VmRole getRole();

	/**
	 * Sets the value of the '{@link org.orrery.model.VirtualMachine#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.orrery.model.VmRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(VmRole value);

	/**
	 * Returns the value of the '<em><b>Cpu Weight</b></em>' attribute.
	 * The default value is <code>"256"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relative CPU share against other VMs on the host (Xen credit weight; VIOLIN's fine-grained adaptation). Default 256, Xen's default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu Weight</em>' attribute.
	 * @see #setCpuWeight(int)
	 * @see org.orrery.model.OrreryPackage#getVirtualMachine_CpuWeight()
	 * @model default="256"
	 * @generated
	 */
	int getCpuWeight();

	/**
	 * Sets the value of the '{@link org.orrery.model.VirtualMachine#getCpuWeight <em>Cpu Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Weight</em>' attribute.
	 * @see #getCpuWeight()
	 * @generated
	 */
	void setCpuWeight(int value);

	/**
	 * Returns the value of the '<em><b>Boot Time S</b></em>' attribute.
	 * The default value is <code>"60.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seconds from start to a running guest when booted from disk. Default 60 ('a minute or more' for hardware VMs in the source).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Boot Time S</em>' attribute.
	 * @see #setBootTimeS(double)
	 * @see org.orrery.model.OrreryPackage#getVirtualMachine_BootTimeS()
	 * @model default="60.0"
	 * @generated
	 */
	double getBootTimeS();

	/**
	 * Sets the value of the '{@link org.orrery.model.VirtualMachine#getBootTimeS <em>Boot Time S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boot Time S</em>' attribute.
	 * @see #getBootTimeS()
	 * @generated
	 */
	void setBootTimeS(double value);

	/**
	 * Returns the value of the '<em><b>Disks</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.Disk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual disks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disks</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getVirtualMachine_Disks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Disk> getDisks();

	/**
	 * Returns the value of the '<em><b>Nics</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.NetworkInterface}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual network interfaces.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nics</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getVirtualMachine_Nics()
	 * @model containment="true"
	 * @generated
	 */
	EList<NetworkInterface> getNics();

	/**
	 * Returns the value of the '<em><b>Memory Profile</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the guest uses and dirties its memory (drives migration models). Empty means: an idle guest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory Profile</em>' containment reference.
	 * @see #setMemoryProfile(MemoryProfile)
	 * @see org.orrery.model.OrreryPackage#getVirtualMachine_MemoryProfile()
	 * @model containment="true"
	 * @generated
	 */
	MemoryProfile getMemoryProfile();

	/**
	 * Sets the value of the '{@link org.orrery.model.VirtualMachine#getMemoryProfile <em>Memory Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Profile</em>' containment reference.
	 * @see #getMemoryProfile()
	 * @generated
	 */
	void setMemoryProfile(MemoryProfile value);

	/**
	 * Returns the value of the '<em><b>Instance Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Instance type it was requested as, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instance Type</em>' reference.
	 * @see #setInstanceType(InstanceType)
	 * @see org.orrery.model.OrreryPackage#getVirtualMachine_InstanceType()
	 * @model
	 * @generated
	 */
	InstanceType getInstanceType();

	/**
	 * Sets the value of the '{@link org.orrery.model.VirtualMachine#getInstanceType <em>Instance Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instance Type</em>' reference.
	 * @see #getInstanceType()
	 * @generated
	 */
	void setInstanceType(InstanceType value);

	/**
	 * Returns the value of the '<em><b>Activated From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Substrate the VM was activated from, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activated From</em>' reference.
	 * @see #setActivatedFrom(Substrate)
	 * @see org.orrery.model.OrreryPackage#getVirtualMachine_ActivatedFrom()
	 * @model
	 * @generated
	 */
	Substrate getActivatedFrom();

	/**
	 * Sets the value of the '{@link org.orrery.model.VirtualMachine#getActivatedFrom <em>Activated From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activated From</em>' reference.
	 * @see #getActivatedFrom()
	 * @generated
	 */
	void setActivatedFrom(Substrate value);

	/**
	 * Returns the value of the '<em><b>Split From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The VM this one was split from (malleability lineage), if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Split From</em>' reference.
	 * @see #setSplitFrom(VirtualMachine)
	 * @see org.orrery.model.OrreryPackage#getVirtualMachine_SplitFrom()
	 * @model
	 * @generated
	 */
	VirtualMachine getSplitFrom();

	/**
	 * Sets the value of the '{@link org.orrery.model.VirtualMachine#getSplitFrom <em>Split From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Split From</em>' reference.
	 * @see #getSplitFrom()
	 * @generated
	 */
	void setSplitFrom(VirtualMachine value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User who owns the VM (COS users, VIOLIN environments).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.orrery.model.OrreryPackage#getVirtualMachine_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.orrery.model.VirtualMachine#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

} // VirtualMachine
