/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A site or administrative domain: hosts, shared storage and routers on one subnet.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.Site#getSubnet <em>Subnet</em>}</li>
 *   <li>{@link org.orrery.model.Site#getLocation <em>Location</em>}</li>
 *   <li>{@link org.orrery.model.Site#getHosts <em>Hosts</em>}</li>
 *   <li>{@link org.orrery.model.Site#getDatastores <em>Datastores</em>}</li>
 *   <li>{@link org.orrery.model.Site#getRouters <em>Routers</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getSite()
 * @model
 * @generated
 */
public interface Site extends NetworkEndpoint {
	/**
	 * Returns the value of the '<em><b>Subnet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The site's physical subnet in CIDR notation, for example 10.1.0.0/24.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subnet</em>' attribute.
	 * @see #setSubnet(String)
	 * @see org.orrery.model.OrreryPackage#getSite_Subnet()
	 * @model
	 * @generated
	 */
	String getSubnet();

	/**
	 * Sets the value of the '{@link org.orrery.model.Site#getSubnet <em>Subnet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subnet</em>' attribute.
	 * @see #getSubnet()
	 * @generated
	 */
	void setSubnet(String value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the site is (city, testbed), for maps and WAN latencies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.orrery.model.OrreryPackage#getSite_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.orrery.model.Site#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.Host}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Physical machines of the site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hosts</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getSite_Hosts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Host> getHosts();

	/**
	 * Returns the value of the '<em><b>Datastores</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.Datastore}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Storage shared by the site's hosts (NFS, iSCSI, an image repository).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Datastores</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getSite_Datastores()
	 * @model containment="true"
	 * @generated
	 */
	EList<Datastore> getDatastores();

	/**
	 * Returns the value of the '<em><b>Routers</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.Router}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Routers and gateways of the site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Routers</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getSite_Routers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Router> getRouters();

} // Site
