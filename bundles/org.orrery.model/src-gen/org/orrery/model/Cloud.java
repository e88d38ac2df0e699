/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cloud</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cloud: sites with hosts, the virtual machines placed on them, instance types and substrate pools.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.Cloud#getKind <em>Kind</em>}</li>
 *   <li>{@link org.orrery.model.Cloud#getToolkit <em>Toolkit</em>}</li>
 *   <li>{@link org.orrery.model.Cloud#getSites <em>Sites</em>}</li>
 *   <li>{@link org.orrery.model.Cloud#getVirtualMachines <em>Virtual Machines</em>}</li>
 *   <li>{@link org.orrery.model.Cloud#getInstanceTypes <em>Instance Types</em>}</li>
 *   <li>{@link org.orrery.model.Cloud#getSubstratePools <em>Substrate Pools</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getCloud()
 * @model
 * @generated
 */
public interface Cloud extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"private"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.CloudKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Private, public or community cloud. Default private.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.orrery.model.CloudKind
	 * @see #setKind(CloudKind)
	 * @see org.orrery.model.OrreryPackage#getCloud_Kind()
	 * @model default="private"
	 * @generated
	 */
	CloudKind getKind();

	/**
	 * Sets the value of the '{@link org.orrery.model.Cloud#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.orrery.model.CloudKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CloudKind value);

	/**
	 * Returns the value of the '<em><b>Toolkit</b></em>' attribute.
	 * The default value is <code>"libvirt"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.CloudToolkit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The IaaS toolkit or hypervisor manager that runs the cloud. Default libvirt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Toolkit</em>' attribute.
	 * @see org.orrery.model.CloudToolkit
	 * @see #setToolkit(CloudToolkit)
	 * @see org.orrery.model.OrreryPackage#getCloud_Toolkit()
	 * @model default="libvirt"
	 * @generated
	 */
	CloudToolkit getToolkit();

	/**
	 * Sets the value of the '{@link org.orrery.model.Cloud#getToolkit <em>Toolkit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Toolkit</em>' attribute.
	 * @see org.orrery.model.CloudToolkit
	 * @see #getToolkit()
	 * @generated
	 */
	void setToolkit(CloudToolkit value);

	/**
	 * Returns the value of the '<em><b>Sites</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sites (administrative domains, each with its own subnet).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sites</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getCloud_Sites()
	 * @model containment="true"
	 * @generated
	 */
	EList<Site> getSites();

	/**
	 * Returns the value of the '<em><b>Virtual Machines</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.VirtualMachine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual machines (including phone clones) belonging to this cloud; each names its host.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Virtual Machines</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getCloud_VirtualMachines()
	 * @model containment="true"
	 * @generated
	 */
	EList<VirtualMachine> getVirtualMachines();

	/**
	 * Returns the value of the '<em><b>Instance Types</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.InstanceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Instance types offered (for example m1.small), with their price.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instance Types</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getCloud_InstanceTypes()
	 * @model containment="true"
	 * @generated
	 */
	EList<InstanceType> getInstanceTypes();

	/**
	 * Returns the value of the '<em><b>Substrate Pools</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.SubstratePool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Substrate pools from which VMs are activated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Substrate Pools</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getCloud_SubstratePools()
	 * @model containment="true"
	 * @generated
	 */
	EList<SubstratePool> getSubstratePools();

} // Cloud
