/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>World</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of an .orrery file: clouds and federations, overlay networks, the links between sites, phones, applications and the experiments run over them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.World#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.orrery.model.World#getClouds <em>Clouds</em>}</li>
 *   <li>{@link org.orrery.model.World#getFederations <em>Federations</em>}</li>
 *   <li>{@link org.orrery.model.World#getLinks <em>Links</em>}</li>
 *   <li>{@link org.orrery.model.World#getOverlays <em>Overlays</em>}</li>
 *   <li>{@link org.orrery.model.World#getPhones <em>Phones</em>}</li>
 *   <li>{@link org.orrery.model.World#getApplications <em>Applications</em>}</li>
 *   <li>{@link org.orrery.model.World#getExperiments <em>Experiments</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getWorld()
 * @model
 * @generated
 */
public interface World extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the .orrery format this file was written in. Default 1, the first format, which is also what a file without the attribute is read as; a newer reader upgrades older files, and an older reader refuses newer ones.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see org.orrery.model.OrreryPackage#getWorld_FormatVersion()
	 * @model default="1"
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link org.orrery.model.World#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Clouds</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.Cloud}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every cloud (private, public, community) of this world.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clouds</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getWorld_Clouds()
	 * @model containment="true"
	 * @generated
	 */
	EList<Cloud> getClouds();

	/**
	 * Returns the value of the '<em><b>Federations</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.Federation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Federations (sky computing) grouping clouds into one trusted network.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Federations</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getWorld_Federations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Federation> getFederations();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.NetworkLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Physical links between sites, hosts and routers (LAN and WAN).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getWorld_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<NetworkLink> getLinks();

	/**
	 * Returns the value of the '<em><b>Overlays</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.OverlayNetwork}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Overlay networks: VIOLIN virtual switches, ViNe-style routed overlays, libvirt networks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Overlays</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getWorld_Overlays()
	 * @model containment="true"
	 * @generated
	 */
	EList<OverlayNetwork> getOverlays();

	/**
	 * Returns the value of the '<em><b>Phones</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.Phone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mobile phones whose virtual phone instances have clones in a cloud (AMPhone).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phones</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getWorld_Phones()
	 * @model containment="true"
	 * @generated
	 */
	EList<Phone> getPhones();

	/**
	 * Returns the value of the '<em><b>Applications</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.Application}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Applications: actor programs, process groups and batch jobs that run in the virtual machines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applications</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getWorld_Applications()
	 * @model containment="true"
	 * @generated
	 */
	EList<Application> getApplications();

	/**
	 * Returns the value of the '<em><b>Experiments</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.Experiment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Experiments: this world plus a scenario, policy choices and a seed, run on the simulator or on libvirt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Experiments</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getWorld_Experiments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Experiment> getExperiments();

} // World
