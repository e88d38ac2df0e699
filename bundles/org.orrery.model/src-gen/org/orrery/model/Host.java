/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A physical machine with a hypervisor: its cores as pCPU objects, memory, local storage and the libvirt URI that reaches it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.Host#getPcpus <em>Pcpus</em>}</li>
 *   <li>{@link org.orrery.model.Host#getMemoryMB <em>Memory MB</em>}</li>
 *   <li>{@link org.orrery.model.Host#getHypervisor <em>Hypervisor</em>}</li>
 *   <li>{@link org.orrery.model.Host#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.orrery.model.Host#getCpuModel <em>Cpu Model</em>}</li>
 *   <li>{@link org.orrery.model.Host#getClockGHz <em>Clock GHz</em>}</li>
 *   <li>{@link org.orrery.model.Host#getLibvirtUri <em>Libvirt Uri</em>}</li>
 *   <li>{@link org.orrery.model.Host#getPowerState <em>Power State</em>}</li>
 *   <li>{@link org.orrery.model.Host#getOptimalUtilization <em>Optimal Utilization</em>}</li>
 *   <li>{@link org.orrery.model.Host#isCpuOvercommit <em>Cpu Overcommit</em>}</li>
 *   <li>{@link org.orrery.model.Host#isMemoryOvercommit <em>Memory Overcommit</em>}</li>
 *   <li>{@link org.orrery.model.Host#getDatastores <em>Datastores</em>}</li>
 *   <li>{@link org.orrery.model.Host#getVirtualMachines <em>Virtual Machines</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getHost()
 * @model
 * @generated
 */
public interface Host extends NetworkEndpoint {
	/**
	 * Returns the value of the '<em><b>Pcpus</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.PhysicalCpu}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Physical CPUs (cores or hardware threads), one object each, so vCPU placement and run queues can name them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pcpus</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getHost_Pcpus()
	 * @model containment="true"
	 * @generated
	 */
	EList<PhysicalCpu> getPcpus();

	/**
	 * Returns the value of the '<em><b>Memory MB</b></em>' attribute.
	 * The default value is <code>"8192"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Physical memory in MiB. Default 8192 (the SBCO and VIOLIN hosts had 8 GB).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory MB</em>' attribute.
	 * @see #setMemoryMB(int)
	 * @see org.orrery.model.OrreryPackage#getHost_MemoryMB()
	 * @model default="8192"
	 * @generated
	 */
	int getMemoryMB();

	/**
	 * Sets the value of the '{@link org.orrery.model.Host#getMemoryMB <em>Memory MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory MB</em>' attribute.
	 * @see #getMemoryMB()
	 * @generated
	 */
	void setMemoryMB(int value);

	/**
	 * Returns the value of the '<em><b>Hypervisor</b></em>' attribute.
	 * The default value is <code>"kvm"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.HypervisorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hypervisor running on the host. Default KVM.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hypervisor</em>' attribute.
	 * @see org.orrery.model.HypervisorKind
	 * @see #setHypervisor(HypervisorKind)
	 * @see org.orrery.model.OrreryPackage#getHost_Hypervisor()
	 * @model default="kvm"
	 * @generated
	 */
	HypervisorKind getHypervisor();

	/**
	 * Sets the value of the '{@link org.orrery.model.Host#getHypervisor <em>Hypervisor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hypervisor</em>' attribute.
	 * @see org.orrery.model.HypervisorKind
	 * @see #getHypervisor()
	 * @generated
	 */
	void setHypervisor(HypervisorKind value);

	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * The default value is <code>"x86_64"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.Architecture}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Instruction set of the host. Default x86_64.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see org.orrery.model.Architecture
	 * @see #setArchitecture(Architecture)
	 * @see org.orrery.model.OrreryPackage#getHost_Architecture()
	 * @model default="x86_64"
	 * @generated
	 */
	Architecture getArchitecture();

	/**
	 * Sets the value of the '{@link org.orrery.model.Host#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see org.orrery.model.Architecture
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(Architecture value);

	/**
	 * Returns the value of the '<em><b>Cpu Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Processor model as text, for example 'Xeon E5430 2.66 GHz'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu Model</em>' attribute.
	 * @see #setCpuModel(String)
	 * @see org.orrery.model.OrreryPackage#getHost_CpuModel()
	 * @model
	 * @generated
	 */
	String getCpuModel();

	/**
	 * Sets the value of the '{@link org.orrery.model.Host#getCpuModel <em>Cpu Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Model</em>' attribute.
	 * @see #getCpuModel()
	 * @generated
	 */
	void setCpuModel(String value);

	/**
	 * Returns the value of the '<em><b>Clock GHz</b></em>' attribute.
	 * The default value is <code>"2.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Core clock in GHz. Default 2.5.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clock GHz</em>' attribute.
	 * @see #setClockGHz(double)
	 * @see org.orrery.model.OrreryPackage#getHost_ClockGHz()
	 * @model default="2.5"
	 * @generated
	 */
	double getClockGHz();

	/**
	 * Sets the value of the '{@link org.orrery.model.Host#getClockGHz <em>Clock GHz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clock GHz</em>' attribute.
	 * @see #getClockGHz()
	 * @generated
	 */
	void setClockGHz(double value);

	/**
	 * Returns the value of the '<em><b>Libvirt Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * libvirt connection URI of this host: test:///default for the embedded driver, qemu:///system for the local machine, qemu+ssh://user@host/system for a lab machine. Empty means: simulated only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Libvirt Uri</em>' attribute.
	 * @see #setLibvirtUri(String)
	 * @see org.orrery.model.OrreryPackage#getHost_LibvirtUri()
	 * @model
	 * @generated
	 */
	String getLibvirtUri();

	/**
	 * Sets the value of the '{@link org.orrery.model.Host#getLibvirtUri <em>Libvirt Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Libvirt Uri</em>' attribute.
	 * @see #getLibvirtUri()
	 * @generated
	 */
	void setLibvirtUri(String value);

	/**
	 * Returns the value of the '<em><b>Power State</b></em>' attribute.
	 * The default value is <code>"on"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.PowerState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the host is on. Default on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Power State</em>' attribute.
	 * @see org.orrery.model.PowerState
	 * @see #setPowerState(PowerState)
	 * @see org.orrery.model.OrreryPackage#getHost_PowerState()
	 * @model default="on"
	 * @generated
	 */
	PowerState getPowerState();

	/**
	 * Sets the value of the '{@link org.orrery.model.Host#getPowerState <em>Power State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Power State</em>' attribute.
	 * @see org.orrery.model.PowerState
	 * @see #getPowerState()
	 * @generated
	 */
	void setPowerState(PowerState value);

	/**
	 * Returns the value of the '<em><b>Optimal Utilization</b></em>' attribute.
	 * The default value is <code>"0.8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target CPU utilization for energy-aware packing (malleability): above it the host is over-utilized. Default 0.8, the source's example.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Optimal Utilization</em>' attribute.
	 * @see #setOptimalUtilization(double)
	 * @see org.orrery.model.OrreryPackage#getHost_OptimalUtilization()
	 * @model default="0.8"
	 * @generated
	 */
	double getOptimalUtilization();

	/**
	 * Sets the value of the '{@link org.orrery.model.Host#getOptimalUtilization <em>Optimal Utilization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optimal Utilization</em>' attribute.
	 * @see #getOptimalUtilization()
	 * @generated
	 */
	void setOptimalUtilization(double value);

	/**
	 * Returns the value of the '<em><b>Cpu Overcommit</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the active VMs may hold more vCPUs than the host has pCPUs (needed for SBCO's over-subscribed hosts). Default false.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu Overcommit</em>' attribute.
	 * @see #setCpuOvercommit(boolean)
	 * @see org.orrery.model.OrreryPackage#getHost_CpuOvercommit()
	 * @model default="false"
	 * @generated
	 */
	boolean isCpuOvercommit();

	/**
	 * Sets the value of the '{@link org.orrery.model.Host#isCpuOvercommit <em>Cpu Overcommit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Overcommit</em>' attribute.
	 * @see #isCpuOvercommit()
	 * @generated
	 */
	void setCpuOvercommit(boolean value);

	/**
	 * Returns the value of the '<em><b>Memory Overcommit</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the active VMs may hold more memory than the host has (ballooning, page sharing). Default false.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory Overcommit</em>' attribute.
	 * @see #setMemoryOvercommit(boolean)
	 * @see org.orrery.model.OrreryPackage#getHost_MemoryOvercommit()
	 * @model default="false"
	 * @generated
	 */
	boolean isMemoryOvercommit();

	/**
	 * Sets the value of the '{@link org.orrery.model.Host#isMemoryOvercommit <em>Memory Overcommit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Overcommit</em>' attribute.
	 * @see #isMemoryOvercommit()
	 * @generated
	 */
	void setMemoryOvercommit(boolean value);

	/**
	 * Returns the value of the '<em><b>Datastores</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.Datastore}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Local storage of the host.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Datastores</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getHost_Datastores()
	 * @model containment="true"
	 * @generated
	 */
	EList<Datastore> getDatastores();

	/**
	 * Returns the value of the '<em><b>Virtual Machines</b></em>' reference list.
	 * The list contents are of type {@link org.orrery.model.VirtualMachine}.
	 * It is bidirectional and its opposite is '{@link org.orrery.model.VirtualMachine#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The virtual machines placed on this host (derived from each VM's host; not saved).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Virtual Machines</em>' reference list.
	 * @see org.orrery.model.OrreryPackage#getHost_VirtualMachines()
	 * @see org.orrery.model.VirtualMachine#getHost
	 * @model opposite="host" transient="true"
	 * @generated
	 */
	EList<VirtualMachine> getVirtualMachines();

} // Host
