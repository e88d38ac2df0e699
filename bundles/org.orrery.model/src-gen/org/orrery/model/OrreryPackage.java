/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Orrery metamodel: infrastructure (federations, clouds, sites, hosts with pCPUs, storage, links), virtualization (VMs with vCPUs, disks, NICs, images, substrates and pools), overlay networks, phones with clones, applications (actors, processes, jobs) and experiments (scenario, policies, results). Units: memory and sizes in MiB unless a name says GB, bandwidth of links in Mbit/s, of storage in MB/s, times in seconds.
 * <!-- end-model-doc -->
 * @see org.orrery.model.OrreryFactory
 * @model kind="package"
 * @generated
 */
public interface OrreryPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.orrery.org/model/1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "orrery";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	OrreryPackage eINSTANCE = org.orrery.model.impl.OrreryPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.NamedElementImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.NetworkEndpointImpl <em>Network Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.NetworkEndpointImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getNetworkEndpoint()
	 * @generated
	 */
	int NETWORK_ENDPOINT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_ENDPOINT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_ENDPOINT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_ENDPOINT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Network Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_ENDPOINT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Network Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_ENDPOINT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.WorldImpl <em>World</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.WorldImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getWorld()
	 * @generated
	 */
	int WORLD = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORLD__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORLD__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORLD__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORLD__FORMAT_VERSION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Clouds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORLD__CLOUDS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Federations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORLD__FEDERATIONS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORLD__LINKS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Overlays</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORLD__OVERLAYS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Phones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORLD__PHONES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Applications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORLD__APPLICATIONS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Experiments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORLD__EXPERIMENTS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>World</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORLD_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>World</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORLD_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.FederationImpl <em>Federation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.FederationImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getFederation()
	 * @generated
	 */
	int FEDERATION = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEDERATION__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEDERATION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEDERATION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEDERATION__MEMBERS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Overlay</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEDERATION__OVERLAY = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Context Broker</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEDERATION__CONTEXT_BROKER = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Federation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEDERATION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Federation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEDERATION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.CloudImpl <em>Cloud</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.CloudImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getCloud()
	 * @generated
	 */
	int CLOUD = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Toolkit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD__TOOLKIT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD__SITES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Virtual Machines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD__VIRTUAL_MACHINES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Instance Types</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD__INSTANCE_TYPES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Substrate Pools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD__SUBSTRATE_POOLS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Cloud</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Cloud</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLOUD_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.InstanceTypeImpl <em>Instance Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.InstanceTypeImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getInstanceType()
	 * @generated
	 */
	int INSTANCE_TYPE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_TYPE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_TYPE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_TYPE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_TYPE__VCPUS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Memory MB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_TYPE__MEMORY_MB = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Price Per Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_TYPE__PRICE_PER_HOUR = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Service Fee Per Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_TYPE__SERVICE_FEE_PER_HOUR = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Instance Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_TYPE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Instance Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_TYPE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.SiteImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getSite()
	 * @generated
	 */
	int SITE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ID = NETWORK_ENDPOINT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = NETWORK_ENDPOINT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__DESCRIPTION = NETWORK_ENDPOINT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Subnet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__SUBNET = NETWORK_ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__LOCATION = NETWORK_ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__HOSTS = NETWORK_ENDPOINT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Datastores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__DATASTORES = NETWORK_ENDPOINT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Routers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ROUTERS = NETWORK_ENDPOINT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = NETWORK_ENDPOINT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = NETWORK_ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.HostImpl <em>Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.HostImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getHost()
	 * @generated
	 */
	int HOST = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__ID = NETWORK_ENDPOINT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__NAME = NETWORK_ENDPOINT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__DESCRIPTION = NETWORK_ENDPOINT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Pcpus</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__PCPUS = NETWORK_ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Memory MB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__MEMORY_MB = NETWORK_ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Hypervisor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__HYPERVISOR = NETWORK_ENDPOINT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__ARCHITECTURE = NETWORK_ENDPOINT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cpu Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__CPU_MODEL = NETWORK_ENDPOINT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Clock GHz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__CLOCK_GHZ = NETWORK_ENDPOINT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Libvirt Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__LIBVIRT_URI = NETWORK_ENDPOINT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Power State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__POWER_STATE = NETWORK_ENDPOINT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Optimal Utilization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__OPTIMAL_UTILIZATION = NETWORK_ENDPOINT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Cpu Overcommit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__CPU_OVERCOMMIT = NETWORK_ENDPOINT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Memory Overcommit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__MEMORY_OVERCOMMIT = NETWORK_ENDPOINT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Datastores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__DATASTORES = NETWORK_ENDPOINT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Virtual Machines</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__VIRTUAL_MACHINES = NETWORK_ENDPOINT_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FEATURE_COUNT = NETWORK_ENDPOINT_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_OPERATION_COUNT = NETWORK_ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.PhysicalCpuImpl <em>Physical Cpu</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.PhysicalCpuImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getPhysicalCpu()
	 * @generated
	 */
	int PHYSICAL_CPU = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_CPU__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_CPU__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_CPU__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_CPU__INDEX = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Socket</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_CPU__SOCKET = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Core</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_CPU__CORE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Physical Cpu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_CPU_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Physical Cpu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHYSICAL_CPU_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.DatastoreImpl <em>Datastore</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.DatastoreImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getDatastore()
	 * @generated
	 */
	int DATASTORE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASTORE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASTORE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASTORE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASTORE__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Capacity GB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASTORE__CAPACITY_GB = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bandwidth MBps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASTORE__BANDWIDTH_MBPS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Images</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASTORE__IMAGES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Datastore</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASTORE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Datastore</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASTORE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.NetworkLinkImpl <em>Network Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.NetworkLinkImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getNetworkLink()
	 * @generated
	 */
	int NETWORK_LINK = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__KIND = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Bandwidth Mbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__BANDWIDTH_MBPS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Latency Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__LATENCY_MS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Network Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Network Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.RouterImpl <em>Router</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.RouterImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getRouter()
	 * @generated
	 */
	int ROUTER = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__ID = NETWORK_ENDPOINT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__NAME = NETWORK_ENDPOINT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__DESCRIPTION = NETWORK_ENDPOINT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__KIND = NETWORK_ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__ADDRESS = NETWORK_ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Router</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER_FEATURE_COUNT = NETWORK_ENDPOINT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Router</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER_OPERATION_COUNT = NETWORK_ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.VirtualMachineImpl <em>Virtual Machine</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.VirtualMachineImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getVirtualMachine()
	 * @generated
	 */
	int VIRTUAL_MACHINE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__HOST = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__STATE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Vcpus</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__VCPUS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Memory MB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__MEMORY_MB = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__ARCHITECTURE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__ROLE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Cpu Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__CPU_WEIGHT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Boot Time S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__BOOT_TIME_S = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Disks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__DISKS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Nics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__NICS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Memory Profile</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__MEMORY_PROFILE = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Instance Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__INSTANCE_TYPE = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Activated From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__ACTIVATED_FROM = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Split From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__SPLIT_FROM = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Virtual Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Virtual Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.VirtualCpuImpl <em>Virtual Cpu</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.VirtualCpuImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getVirtualCpu()
	 * @generated
	 */
	int VIRTUAL_CPU = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_CPU__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_CPU__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_CPU__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_CPU__INDEX = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Affinity</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_CPU__AFFINITY = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_CPU__WEIGHT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Online</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_CPU__ONLINE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Virtual Cpu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_CPU_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Virtual Cpu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_CPU_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.DiskImpl <em>Disk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.DiskImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getDisk()
	 * @generated
	 */
	int DISK = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__FORMAT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size GB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__SIZE_GB = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Datastore</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__DATASTORE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Backing Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__BACKING_IMAGE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Backing Disk</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__BACKING_DISK = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__READ_ONLY = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Disk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Disk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.NetworkInterfaceImpl <em>Network Interface</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.NetworkInterfaceImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getNetworkInterface()
	 * @generated
	 */
	int NETWORK_INTERFACE = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__MAC = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__IP = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Overlay</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__OVERLAY = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Subnet</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE__SUBNET = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Network Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Network Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_INTERFACE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.MemoryProfileImpl <em>Memory Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.MemoryProfileImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getMemoryProfile()
	 * @generated
	 */
	int MEMORY_PROFILE = 16;

	/**
	 * The feature id for the '<em><b>Dirty Rate Pages Per S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_PROFILE__DIRTY_RATE_PAGES_PER_S = 0;

	/**
	 * The feature id for the '<em><b>Writable Working Set MB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_PROFILE__WRITABLE_WORKING_SET_MB = 1;

	/**
	 * The feature id for the '<em><b>Used MB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_PROFILE__USED_MB = 2;

	/**
	 * The feature id for the '<em><b>Intra Duplicate Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_PROFILE__INTRA_DUPLICATE_FRACTION = 3;

	/**
	 * The feature id for the '<em><b>Shared With Peers MB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_PROFILE__SHARED_WITH_PEERS_MB = 4;

	/**
	 * The number of structural features of the '<em>Memory Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_PROFILE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Memory Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_PROFILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.ImageImpl <em>Image</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.ImageImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getImage()
	 * @generated
	 */
	int IMAGE = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__FORMAT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__KIND = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Size MB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__SIZE_MB = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Compressed Size MB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__COMPRESSED_SIZE_MB = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__ARCHITECTURE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Operating System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__OPERATING_SYSTEM = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Backing</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__BACKING = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.SubstrateImpl <em>Substrate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.SubstrateImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getSubstrate()
	 * @generated
	 */
	int SUBSTRATE = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Raw Size MB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE__RAW_SIZE_MB = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Compressed Size MB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE__COMPRESSED_SIZE_MB = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE__ORIGIN = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE__IMAGE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Applications</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE__APPLICATIONS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Substrate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Substrate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.SubstratePoolImpl <em>Substrate Pool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.SubstratePoolImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getSubstratePool()
	 * @generated
	 */
	int SUBSTRATE_POOL = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE_POOL__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE_POOL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE_POOL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Server</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE_POOL__SERVER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Capacity MB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE_POOL__CAPACITY_MB = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Multicast MBps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE_POOL__MULTICAST_MBPS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Decompress MBps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE_POOL__DECOMPRESS_MBPS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Docking Margin MB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE_POOL__DOCKING_MARGIN_MB = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Substrates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE_POOL__SUBSTRATES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Substrate Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE_POOL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Substrate Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTRATE_POOL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.OverlayNetworkImpl <em>Overlay Network</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.OverlayNetworkImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getOverlayNetwork()
	 * @generated
	 */
	int OVERLAY_NETWORK = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subnets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__SUBNETS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__NODES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tunnels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__TUNNELS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Mtu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__MTU = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Table Ageing S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__TABLE_AGEING_S = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Overlay Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Overlay Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NETWORK_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.SubnetImpl <em>Subnet</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.SubnetImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getSubnet()
	 * @generated
	 */
	int SUBNET = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Cidr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET__CIDR = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET__GATEWAY = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Subnet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Subnet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.OverlayNodeImpl <em>Overlay Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.OverlayNodeImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getOverlayNode()
	 * @generated
	 */
	int OVERLAY_NODE = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NODE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NODE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NODE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NODE__HOST = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Overlay Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NODE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Overlay Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_NODE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.SwitchDaemonImpl <em>Switch Daemon</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.SwitchDaemonImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getSwitchDaemon()
	 * @generated
	 */
	int SWITCH_DAEMON = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH_DAEMON__ID = OVERLAY_NODE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH_DAEMON__NAME = OVERLAY_NODE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH_DAEMON__DESCRIPTION = OVERLAY_NODE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH_DAEMON__HOST = OVERLAY_NODE__HOST;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH_DAEMON__PORT = OVERLAY_NODE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Switch Daemon</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH_DAEMON_FEATURE_COUNT = OVERLAY_NODE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Switch Daemon</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH_DAEMON_OPERATION_COUNT = OVERLAY_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.OverlayRouterImpl <em>Overlay Router</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.OverlayRouterImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getOverlayRouter()
	 * @generated
	 */
	int OVERLAY_ROUTER = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_ROUTER__ID = OVERLAY_NODE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_ROUTER__NAME = OVERLAY_NODE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_ROUTER__DESCRIPTION = OVERLAY_NODE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_ROUTER__HOST = OVERLAY_NODE__HOST;

	/**
	 * The feature id for the '<em><b>Subnets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_ROUTER__SUBNETS = OVERLAY_NODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Public Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_ROUTER__PUBLIC_ADDRESS = OVERLAY_NODE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Message Delay Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_ROUTER__MESSAGE_DELAY_MS = OVERLAY_NODE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Overlay Router</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_ROUTER_FEATURE_COUNT = OVERLAY_NODE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Overlay Router</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVERLAY_ROUTER_OPERATION_COUNT = OVERLAY_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.TunnelImpl <em>Tunnel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.TunnelImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getTunnel()
	 * @generated
	 */
	int TUNNEL = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TUNNEL__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TUNNEL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TUNNEL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TUNNEL__SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TUNNEL__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TUNNEL__PROTOCOL = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Tunnel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TUNNEL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Tunnel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TUNNEL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.PhoneImpl <em>Phone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.PhoneImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getPhone()
	 * @generated
	 */
	int PHONE = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Soc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE__SOC = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE__CORES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Clock GHz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE__CLOCK_GHZ = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Memory MB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE__MEMORY_MB = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Storage GB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE__STORAGE_GB = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE__ARCHITECTURE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Virtualization Overhead</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE__VIRTUALIZATION_OVERHEAD = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Instances</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE__INSTANCES = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Phone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Phone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.PhoneInstanceImpl <em>Phone Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.PhoneInstanceImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getPhoneInstance()
	 * @generated
	 */
	int PHONE_INSTANCE = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_INSTANCE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_INSTANCE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_INSTANCE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_INSTANCE__ROLE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_INSTANCE__STATE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Pending Changes KB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_INSTANCE__PENDING_CHANGES_KB = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Clone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_INSTANCE__CLONE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sync Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_INSTANCE__SYNC_POLICY = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Phone Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_INSTANCE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Phone Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHONE_INSTANCE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.CloneImpl <em>Clone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.CloneImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getClone()
	 * @generated
	 */
	int CLONE = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__ID = VIRTUAL_MACHINE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__NAME = VIRTUAL_MACHINE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__DESCRIPTION = VIRTUAL_MACHINE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__HOST = VIRTUAL_MACHINE__HOST;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__STATE = VIRTUAL_MACHINE__STATE;

	/**
	 * The feature id for the '<em><b>Vcpus</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__VCPUS = VIRTUAL_MACHINE__VCPUS;

	/**
	 * The feature id for the '<em><b>Memory MB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__MEMORY_MB = VIRTUAL_MACHINE__MEMORY_MB;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__ARCHITECTURE = VIRTUAL_MACHINE__ARCHITECTURE;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__ROLE = VIRTUAL_MACHINE__ROLE;

	/**
	 * The feature id for the '<em><b>Cpu Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__CPU_WEIGHT = VIRTUAL_MACHINE__CPU_WEIGHT;

	/**
	 * The feature id for the '<em><b>Boot Time S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__BOOT_TIME_S = VIRTUAL_MACHINE__BOOT_TIME_S;

	/**
	 * The feature id for the '<em><b>Disks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__DISKS = VIRTUAL_MACHINE__DISKS;

	/**
	 * The feature id for the '<em><b>Nics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__NICS = VIRTUAL_MACHINE__NICS;

	/**
	 * The feature id for the '<em><b>Memory Profile</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__MEMORY_PROFILE = VIRTUAL_MACHINE__MEMORY_PROFILE;

	/**
	 * The feature id for the '<em><b>Instance Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__INSTANCE_TYPE = VIRTUAL_MACHINE__INSTANCE_TYPE;

	/**
	 * The feature id for the '<em><b>Activated From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__ACTIVATED_FROM = VIRTUAL_MACHINE__ACTIVATED_FROM;

	/**
	 * The feature id for the '<em><b>Split From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__SPLIT_FROM = VIRTUAL_MACHINE__SPLIT_FROM;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__OWNER = VIRTUAL_MACHINE__OWNER;

	/**
	 * The feature id for the '<em><b>Instance</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__INSTANCE = VIRTUAL_MACHINE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Speed Up</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE__SPEED_UP = VIRTUAL_MACHINE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Clone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE_FEATURE_COUNT = VIRTUAL_MACHINE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Clone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLONE_OPERATION_COUNT = VIRTUAL_MACHINE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.SyncPolicyImpl <em>Sync Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.SyncPolicyImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getSyncPolicy()
	 * @generated
	 */
	int SYNC_POLICY = 29;

	/**
	 * The feature id for the '<em><b>Threshold KB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_POLICY__THRESHOLD_KB = 0;

	/**
	 * The feature id for the '<em><b>Wifi Bandwidth Mbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_POLICY__WIFI_BANDWIDTH_MBPS = 1;

	/**
	 * The feature id for the '<em><b>Input Event Rate Per S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_POLICY__INPUT_EVENT_RATE_PER_S = 2;

	/**
	 * The feature id for the '<em><b>Radio Power W</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_POLICY__RADIO_POWER_W = 3;

	/**
	 * The feature id for the '<em><b>Cpu Power W</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_POLICY__CPU_POWER_W = 4;

	/**
	 * The number of structural features of the '<em>Sync Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_POLICY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Sync Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.ApplicationImpl <em>Application</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.ApplicationImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getApplication()
	 * @generated
	 */
	int APPLICATION = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Runtimes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__RUNTIMES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Process Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__PROCESS_GROUPS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Jobs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__JOBS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.ActorRuntimeImpl <em>Actor Runtime</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.ActorRuntimeImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getActorRuntime()
	 * @generated
	 */
	int ACTOR_RUNTIME = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_RUNTIME__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_RUNTIME__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_RUNTIME__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Vm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_RUNTIME__VM = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Agent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_RUNTIME__AGENT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Actors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_RUNTIME__ACTORS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Actor Runtime</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_RUNTIME_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Actor Runtime</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_RUNTIME_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.ActorImpl <em>Actor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.ActorImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getActor()
	 * @generated
	 */
	int ACTOR = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>State Size KB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__STATE_SIZE_KB = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Partners</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__PARTNERS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__USER = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.ProcessGroupImpl <em>Process Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.ProcessGroupImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getProcessGroup()
	 * @generated
	 */
	int PROCESS_GROUP = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_GROUP__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_GROUP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_GROUP__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Vm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_GROUP__VM = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Processes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_GROUP__PROCESSES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Process Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_GROUP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Process Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_GROUP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.GuestProcessImpl <em>Guest Process</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.GuestProcessImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getGuestProcess()
	 * @generated
	 */
	int GUEST_PROCESS = 34;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUEST_PROCESS__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUEST_PROCESS__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUEST_PROCESS__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Cpu Demand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUEST_PROCESS__CPU_DEMAND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Memory MB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUEST_PROCESS__MEMORY_MB = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Runtime S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUEST_PROCESS__RUNTIME_S = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Disk</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUEST_PROCESS__DISK = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Guest Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUEST_PROCESS_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Guest Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUEST_PROCESS_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.JobImpl <em>Job</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.JobImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getJob()
	 * @generated
	 */
	int JOB = 35;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Vms</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__VMS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__NODES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Threads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__THREADS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Problem Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__PROBLEM_SIZE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Iterations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__ITERATIONS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Memory MB</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__MEMORY_MB = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Duration S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__DURATION_S = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Actor Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__ACTOR_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Spinlock</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__SPINLOCK = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Job</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Job</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.SpinlockProfileImpl <em>Spinlock Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.SpinlockProfileImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getSpinlockProfile()
	 * @generated
	 */
	int SPINLOCK_PROFILE = 36;

	/**
	 * The feature id for the '<em><b>Mean Hold Us</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPINLOCK_PROFILE__MEAN_HOLD_US = 0;

	/**
	 * The feature id for the '<em><b>Calls Per Window</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPINLOCK_PROFILE__CALLS_PER_WINDOW = 1;

	/**
	 * The feature id for the '<em><b>Irq Mean Hold Us</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPINLOCK_PROFILE__IRQ_MEAN_HOLD_US = 2;

	/**
	 * The feature id for the '<em><b>Irq Calls Per Window</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPINLOCK_PROFILE__IRQ_CALLS_PER_WINDOW = 3;

	/**
	 * The feature id for the '<em><b>Window S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPINLOCK_PROFILE__WINDOW_S = 4;

	/**
	 * The number of structural features of the '<em>Spinlock Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPINLOCK_PROFILE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Spinlock Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPINLOCK_PROFILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.ExperimentImpl <em>Experiment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.ExperimentImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getExperiment()
	 * @generated
	 */
	int EXPERIMENT = 37;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__MODEL = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Engine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__ENGINE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SEED = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Duration S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__DURATION_S = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Repetitions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__REPETITIONS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__STEPS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Policies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__POLICIES = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__RESULTS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.ScenarioStepImpl <em>Scenario Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.ScenarioStepImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getScenarioStep()
	 * @generated
	 */
	int SCENARIO_STEP = 38;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_STEP__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_STEP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_STEP__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>At S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_STEP__AT_S = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_STEP__ACTION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_STEP__TARGETS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Destination</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_STEP__DESTINATION = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_STEP__PARAMETERS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Scenario Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_STEP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Scenario Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_STEP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.PolicyChoiceImpl <em>Policy Choice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.PolicyChoiceImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getPolicyChoice()
	 * @generated
	 */
	int POLICY_CHOICE = 39;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CHOICE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CHOICE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CHOICE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CHOICE__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Implementation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CHOICE__IMPLEMENTATION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CHOICE__PARAMETERS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Policy Choice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CHOICE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Policy Choice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CHOICE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.ParameterImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 40;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALUE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__MINIMUM = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__MAXIMUM = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Assumption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__ASSUMPTION = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.impl.ResultSeriesImpl <em>Result Series</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.impl.ResultSeriesImpl
	 * @see org.orrery.model.impl.OrreryPackageImpl#getResultSeries()
	 * @generated
	 */
	int RESULT_SERIES = 41;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SERIES__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SERIES__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SERIES__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SERIES__METRIC = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SERIES__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SERIES__SUBJECT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Times</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SERIES__TIMES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SERIES__VALUES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Result Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SERIES_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Result Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SERIES_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.orrery.model.CloudKind <em>Cloud Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.CloudKind
	 * @see org.orrery.model.impl.OrreryPackageImpl#getCloudKind()
	 * @generated
	 */
	int CLOUD_KIND = 42;

	/**
	 * The meta object id for the '{@link org.orrery.model.CloudToolkit <em>Cloud Toolkit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.CloudToolkit
	 * @see org.orrery.model.impl.OrreryPackageImpl#getCloudToolkit()
	 * @generated
	 */
	int CLOUD_TOOLKIT = 43;

	/**
	 * The meta object id for the '{@link org.orrery.model.HypervisorKind <em>Hypervisor Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.HypervisorKind
	 * @see org.orrery.model.impl.OrreryPackageImpl#getHypervisorKind()
	 * @generated
	 */
	int HYPERVISOR_KIND = 44;

	/**
	 * The meta object id for the '{@link org.orrery.model.Architecture <em>Architecture</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.Architecture
	 * @see org.orrery.model.impl.OrreryPackageImpl#getArchitecture()
	 * @generated
	 */
	int ARCHITECTURE = 45;

	/**
	 * The meta object id for the '{@link org.orrery.model.PowerState <em>Power State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.PowerState
	 * @see org.orrery.model.impl.OrreryPackageImpl#getPowerState()
	 * @generated
	 */
	int POWER_STATE = 46;

	/**
	 * The meta object id for the '{@link org.orrery.model.DatastoreKind <em>Datastore Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.DatastoreKind
	 * @see org.orrery.model.impl.OrreryPackageImpl#getDatastoreKind()
	 * @generated
	 */
	int DATASTORE_KIND = 47;

	/**
	 * The meta object id for the '{@link org.orrery.model.LinkKind <em>Link Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.LinkKind
	 * @see org.orrery.model.impl.OrreryPackageImpl#getLinkKind()
	 * @generated
	 */
	int LINK_KIND = 48;

	/**
	 * The meta object id for the '{@link org.orrery.model.RouterKind <em>Router Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.RouterKind
	 * @see org.orrery.model.impl.OrreryPackageImpl#getRouterKind()
	 * @generated
	 */
	int ROUTER_KIND = 49;

	/**
	 * The meta object id for the '{@link org.orrery.model.VmState <em>Vm State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.VmState
	 * @see org.orrery.model.impl.OrreryPackageImpl#getVmState()
	 * @generated
	 */
	int VM_STATE = 50;

	/**
	 * The meta object id for the '{@link org.orrery.model.VmRole <em>Vm Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.VmRole
	 * @see org.orrery.model.impl.OrreryPackageImpl#getVmRole()
	 * @generated
	 */
	int VM_ROLE = 51;

	/**
	 * The meta object id for the '{@link org.orrery.model.DiskFormat <em>Disk Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.DiskFormat
	 * @see org.orrery.model.impl.OrreryPackageImpl#getDiskFormat()
	 * @generated
	 */
	int DISK_FORMAT = 52;

	/**
	 * The meta object id for the '{@link org.orrery.model.ImageKind <em>Image Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.ImageKind
	 * @see org.orrery.model.impl.OrreryPackageImpl#getImageKind()
	 * @generated
	 */
	int IMAGE_KIND = 53;

	/**
	 * The meta object id for the '{@link org.orrery.model.SubstrateKind <em>Substrate Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.SubstrateKind
	 * @see org.orrery.model.impl.OrreryPackageImpl#getSubstrateKind()
	 * @generated
	 */
	int SUBSTRATE_KIND = 54;

	/**
	 * The meta object id for the '{@link org.orrery.model.OverlayKind <em>Overlay Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.OverlayKind
	 * @see org.orrery.model.impl.OrreryPackageImpl#getOverlayKind()
	 * @generated
	 */
	int OVERLAY_KIND = 55;

	/**
	 * The meta object id for the '{@link org.orrery.model.TunnelProtocol <em>Tunnel Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.TunnelProtocol
	 * @see org.orrery.model.impl.OrreryPackageImpl#getTunnelProtocol()
	 * @generated
	 */
	int TUNNEL_PROTOCOL = 56;

	/**
	 * The meta object id for the '{@link org.orrery.model.InstanceRole <em>Instance Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.InstanceRole
	 * @see org.orrery.model.impl.OrreryPackageImpl#getInstanceRole()
	 * @generated
	 */
	int INSTANCE_ROLE = 57;

	/**
	 * The meta object id for the '{@link org.orrery.model.PhoneInstanceState <em>Phone Instance State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.PhoneInstanceState
	 * @see org.orrery.model.impl.OrreryPackageImpl#getPhoneInstanceState()
	 * @generated
	 */
	int PHONE_INSTANCE_STATE = 58;

	/**
	 * The meta object id for the '{@link org.orrery.model.JobKind <em>Job Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.JobKind
	 * @see org.orrery.model.impl.OrreryPackageImpl#getJobKind()
	 * @generated
	 */
	int JOB_KIND = 59;

	/**
	 * The meta object id for the '{@link org.orrery.model.Engine <em>Engine</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.Engine
	 * @see org.orrery.model.impl.OrreryPackageImpl#getEngine()
	 * @generated
	 */
	int ENGINE = 60;

	/**
	 * The meta object id for the '{@link org.orrery.model.StepAction <em>Step Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.StepAction
	 * @see org.orrery.model.impl.OrreryPackageImpl#getStepAction()
	 * @generated
	 */
	int STEP_ACTION = 61;

	/**
	 * The meta object id for the '{@link org.orrery.model.PolicyKind <em>Policy Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.orrery.model.PolicyKind
	 * @see org.orrery.model.impl.OrreryPackageImpl#getPolicyKind()
	 * @generated
	 */
	int POLICY_KIND = 62;


	/**
	 * Returns the meta object for class '{@link org.orrery.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.orrery.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.NamedElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.orrery.model.NamedElement#getId()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.orrery.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.orrery.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.NetworkEndpoint <em>Network Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Endpoint</em>'.
	 * @see org.orrery.model.NetworkEndpoint
	 * @generated
	 */
	EClass getNetworkEndpoint();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.World <em>World</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>World</em>'.
	 * @see org.orrery.model.World
	 * @generated
	 */
	EClass getWorld();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.World#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.orrery.model.World#getFormatVersion()
	 * @see #getWorld()
	 * @generated
	 */
	EAttribute getWorld_FormatVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.World#getClouds <em>Clouds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Clouds</em>'.
	 * @see org.orrery.model.World#getClouds()
	 * @see #getWorld()
	 * @generated
	 */
	EReference getWorld_Clouds();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.World#getFederations <em>Federations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Federations</em>'.
	 * @see org.orrery.model.World#getFederations()
	 * @see #getWorld()
	 * @generated
	 */
	EReference getWorld_Federations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.World#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see org.orrery.model.World#getLinks()
	 * @see #getWorld()
	 * @generated
	 */
	EReference getWorld_Links();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.World#getOverlays <em>Overlays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Overlays</em>'.
	 * @see org.orrery.model.World#getOverlays()
	 * @see #getWorld()
	 * @generated
	 */
	EReference getWorld_Overlays();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.World#getPhones <em>Phones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Phones</em>'.
	 * @see org.orrery.model.World#getPhones()
	 * @see #getWorld()
	 * @generated
	 */
	EReference getWorld_Phones();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.World#getApplications <em>Applications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Applications</em>'.
	 * @see org.orrery.model.World#getApplications()
	 * @see #getWorld()
	 * @generated
	 */
	EReference getWorld_Applications();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.World#getExperiments <em>Experiments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Experiments</em>'.
	 * @see org.orrery.model.World#getExperiments()
	 * @see #getWorld()
	 * @generated
	 */
	EReference getWorld_Experiments();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.Federation <em>Federation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Federation</em>'.
	 * @see org.orrery.model.Federation
	 * @generated
	 */
	EClass getFederation();

	/**
	 * Returns the meta object for the reference list '{@link org.orrery.model.Federation#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.orrery.model.Federation#getMembers()
	 * @see #getFederation()
	 * @generated
	 */
	EReference getFederation_Members();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.Federation#getOverlay <em>Overlay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Overlay</em>'.
	 * @see org.orrery.model.Federation#getOverlay()
	 * @see #getFederation()
	 * @generated
	 */
	EReference getFederation_Overlay();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Federation#isContextBroker <em>Context Broker</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Context Broker</em>'.
	 * @see org.orrery.model.Federation#isContextBroker()
	 * @see #getFederation()
	 * @generated
	 */
	EAttribute getFederation_ContextBroker();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.Cloud <em>Cloud</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cloud</em>'.
	 * @see org.orrery.model.Cloud
	 * @generated
	 */
	EClass getCloud();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Cloud#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.orrery.model.Cloud#getKind()
	 * @see #getCloud()
	 * @generated
	 */
	EAttribute getCloud_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Cloud#getToolkit <em>Toolkit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Toolkit</em>'.
	 * @see org.orrery.model.Cloud#getToolkit()
	 * @see #getCloud()
	 * @generated
	 */
	EAttribute getCloud_Toolkit();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.Cloud#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sites</em>'.
	 * @see org.orrery.model.Cloud#getSites()
	 * @see #getCloud()
	 * @generated
	 */
	EReference getCloud_Sites();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.Cloud#getVirtualMachines <em>Virtual Machines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Virtual Machines</em>'.
	 * @see org.orrery.model.Cloud#getVirtualMachines()
	 * @see #getCloud()
	 * @generated
	 */
	EReference getCloud_VirtualMachines();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.Cloud#getInstanceTypes <em>Instance Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instance Types</em>'.
	 * @see org.orrery.model.Cloud#getInstanceTypes()
	 * @see #getCloud()
	 * @generated
	 */
	EReference getCloud_InstanceTypes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.Cloud#getSubstratePools <em>Substrate Pools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Substrate Pools</em>'.
	 * @see org.orrery.model.Cloud#getSubstratePools()
	 * @see #getCloud()
	 * @generated
	 */
	EReference getCloud_SubstratePools();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.InstanceType <em>Instance Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instance Type</em>'.
	 * @see org.orrery.model.InstanceType
	 * @generated
	 */
	EClass getInstanceType();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.InstanceType#getVcpus <em>Vcpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vcpus</em>'.
	 * @see org.orrery.model.InstanceType#getVcpus()
	 * @see #getInstanceType()
	 * @generated
	 */
	EAttribute getInstanceType_Vcpus();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.InstanceType#getMemoryMB <em>Memory MB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory MB</em>'.
	 * @see org.orrery.model.InstanceType#getMemoryMB()
	 * @see #getInstanceType()
	 * @generated
	 */
	EAttribute getInstanceType_MemoryMB();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.InstanceType#getPricePerHour <em>Price Per Hour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Price Per Hour</em>'.
	 * @see org.orrery.model.InstanceType#getPricePerHour()
	 * @see #getInstanceType()
	 * @generated
	 */
	EAttribute getInstanceType_PricePerHour();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.InstanceType#getServiceFeePerHour <em>Service Fee Per Hour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Fee Per Hour</em>'.
	 * @see org.orrery.model.InstanceType#getServiceFeePerHour()
	 * @see #getInstanceType()
	 * @generated
	 */
	EAttribute getInstanceType_ServiceFeePerHour();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see org.orrery.model.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Site#getSubnet <em>Subnet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subnet</em>'.
	 * @see org.orrery.model.Site#getSubnet()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Subnet();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Site#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.orrery.model.Site#getLocation()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Location();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.Site#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hosts</em>'.
	 * @see org.orrery.model.Site#getHosts()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Hosts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.Site#getDatastores <em>Datastores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Datastores</em>'.
	 * @see org.orrery.model.Site#getDatastores()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Datastores();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.Site#getRouters <em>Routers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Routers</em>'.
	 * @see org.orrery.model.Site#getRouters()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Routers();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host</em>'.
	 * @see org.orrery.model.Host
	 * @generated
	 */
	EClass getHost();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.Host#getPcpus <em>Pcpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pcpus</em>'.
	 * @see org.orrery.model.Host#getPcpus()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Pcpus();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Host#getMemoryMB <em>Memory MB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory MB</em>'.
	 * @see org.orrery.model.Host#getMemoryMB()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_MemoryMB();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Host#getHypervisor <em>Hypervisor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hypervisor</em>'.
	 * @see org.orrery.model.Host#getHypervisor()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Hypervisor();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Host#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.orrery.model.Host#getArchitecture()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Host#getCpuModel <em>Cpu Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Model</em>'.
	 * @see org.orrery.model.Host#getCpuModel()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_CpuModel();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Host#getClockGHz <em>Clock GHz</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clock GHz</em>'.
	 * @see org.orrery.model.Host#getClockGHz()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_ClockGHz();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Host#getLibvirtUri <em>Libvirt Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Libvirt Uri</em>'.
	 * @see org.orrery.model.Host#getLibvirtUri()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_LibvirtUri();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Host#getPowerState <em>Power State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Power State</em>'.
	 * @see org.orrery.model.Host#getPowerState()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_PowerState();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Host#getOptimalUtilization <em>Optimal Utilization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optimal Utilization</em>'.
	 * @see org.orrery.model.Host#getOptimalUtilization()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_OptimalUtilization();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Host#isCpuOvercommit <em>Cpu Overcommit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Overcommit</em>'.
	 * @see org.orrery.model.Host#isCpuOvercommit()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_CpuOvercommit();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Host#isMemoryOvercommit <em>Memory Overcommit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Overcommit</em>'.
	 * @see org.orrery.model.Host#isMemoryOvercommit()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_MemoryOvercommit();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.Host#getDatastores <em>Datastores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Datastores</em>'.
	 * @see org.orrery.model.Host#getDatastores()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Datastores();

	/**
	 * Returns the meta object for the reference list '{@link org.orrery.model.Host#getVirtualMachines <em>Virtual Machines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Virtual Machines</em>'.
	 * @see org.orrery.model.Host#getVirtualMachines()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_VirtualMachines();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.PhysicalCpu <em>Physical Cpu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Physical Cpu</em>'.
	 * @see org.orrery.model.PhysicalCpu
	 * @generated
	 */
	EClass getPhysicalCpu();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.PhysicalCpu#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.orrery.model.PhysicalCpu#getIndex()
	 * @see #getPhysicalCpu()
	 * @generated
	 */
	EAttribute getPhysicalCpu_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.PhysicalCpu#getSocket <em>Socket</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Socket</em>'.
	 * @see org.orrery.model.PhysicalCpu#getSocket()
	 * @see #getPhysicalCpu()
	 * @generated
	 */
	EAttribute getPhysicalCpu_Socket();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.PhysicalCpu#getCore <em>Core</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Core</em>'.
	 * @see org.orrery.model.PhysicalCpu#getCore()
	 * @see #getPhysicalCpu()
	 * @generated
	 */
	EAttribute getPhysicalCpu_Core();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.Datastore <em>Datastore</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Datastore</em>'.
	 * @see org.orrery.model.Datastore
	 * @generated
	 */
	EClass getDatastore();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Datastore#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.orrery.model.Datastore#getKind()
	 * @see #getDatastore()
	 * @generated
	 */
	EAttribute getDatastore_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Datastore#getCapacityGB <em>Capacity GB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity GB</em>'.
	 * @see org.orrery.model.Datastore#getCapacityGB()
	 * @see #getDatastore()
	 * @generated
	 */
	EAttribute getDatastore_CapacityGB();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Datastore#getBandwidthMBps <em>Bandwidth MBps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bandwidth MBps</em>'.
	 * @see org.orrery.model.Datastore#getBandwidthMBps()
	 * @see #getDatastore()
	 * @generated
	 */
	EAttribute getDatastore_BandwidthMBps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.Datastore#getImages <em>Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Images</em>'.
	 * @see org.orrery.model.Datastore#getImages()
	 * @see #getDatastore()
	 * @generated
	 */
	EReference getDatastore_Images();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.NetworkLink <em>Network Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Link</em>'.
	 * @see org.orrery.model.NetworkLink
	 * @generated
	 */
	EClass getNetworkLink();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.NetworkLink#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.orrery.model.NetworkLink#getSource()
	 * @see #getNetworkLink()
	 * @generated
	 */
	EReference getNetworkLink_Source();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.NetworkLink#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.orrery.model.NetworkLink#getTarget()
	 * @see #getNetworkLink()
	 * @generated
	 */
	EReference getNetworkLink_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.NetworkLink#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.orrery.model.NetworkLink#getKind()
	 * @see #getNetworkLink()
	 * @generated
	 */
	EAttribute getNetworkLink_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.NetworkLink#getBandwidthMbps <em>Bandwidth Mbps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bandwidth Mbps</em>'.
	 * @see org.orrery.model.NetworkLink#getBandwidthMbps()
	 * @see #getNetworkLink()
	 * @generated
	 */
	EAttribute getNetworkLink_BandwidthMbps();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.NetworkLink#getLatencyMs <em>Latency Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latency Ms</em>'.
	 * @see org.orrery.model.NetworkLink#getLatencyMs()
	 * @see #getNetworkLink()
	 * @generated
	 */
	EAttribute getNetworkLink_LatencyMs();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.Router <em>Router</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Router</em>'.
	 * @see org.orrery.model.Router
	 * @generated
	 */
	EClass getRouter();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Router#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.orrery.model.Router#getKind()
	 * @see #getRouter()
	 * @generated
	 */
	EAttribute getRouter_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Router#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.orrery.model.Router#getAddress()
	 * @see #getRouter()
	 * @generated
	 */
	EAttribute getRouter_Address();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.VirtualMachine <em>Virtual Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Virtual Machine</em>'.
	 * @see org.orrery.model.VirtualMachine
	 * @generated
	 */
	EClass getVirtualMachine();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.VirtualMachine#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Host</em>'.
	 * @see org.orrery.model.VirtualMachine#getHost()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Host();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.VirtualMachine#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.orrery.model.VirtualMachine#getState()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_State();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.VirtualMachine#getVcpus <em>Vcpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Vcpus</em>'.
	 * @see org.orrery.model.VirtualMachine#getVcpus()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Vcpus();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.VirtualMachine#getMemoryMB <em>Memory MB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory MB</em>'.
	 * @see org.orrery.model.VirtualMachine#getMemoryMB()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_MemoryMB();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.VirtualMachine#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.orrery.model.VirtualMachine#getArchitecture()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.VirtualMachine#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.orrery.model.VirtualMachine#getRole()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.VirtualMachine#getCpuWeight <em>Cpu Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Weight</em>'.
	 * @see org.orrery.model.VirtualMachine#getCpuWeight()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_CpuWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.VirtualMachine#getBootTimeS <em>Boot Time S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Boot Time S</em>'.
	 * @see org.orrery.model.VirtualMachine#getBootTimeS()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_BootTimeS();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.VirtualMachine#getDisks <em>Disks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Disks</em>'.
	 * @see org.orrery.model.VirtualMachine#getDisks()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Disks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.VirtualMachine#getNics <em>Nics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nics</em>'.
	 * @see org.orrery.model.VirtualMachine#getNics()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Nics();

	/**
	 * Returns the meta object for the containment reference '{@link org.orrery.model.VirtualMachine#getMemoryProfile <em>Memory Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Memory Profile</em>'.
	 * @see org.orrery.model.VirtualMachine#getMemoryProfile()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_MemoryProfile();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.VirtualMachine#getInstanceType <em>Instance Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Instance Type</em>'.
	 * @see org.orrery.model.VirtualMachine#getInstanceType()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_InstanceType();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.VirtualMachine#getActivatedFrom <em>Activated From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Activated From</em>'.
	 * @see org.orrery.model.VirtualMachine#getActivatedFrom()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_ActivatedFrom();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.VirtualMachine#getSplitFrom <em>Split From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Split From</em>'.
	 * @see org.orrery.model.VirtualMachine#getSplitFrom()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_SplitFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.VirtualMachine#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.orrery.model.VirtualMachine#getOwner()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_Owner();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.VirtualCpu <em>Virtual Cpu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Virtual Cpu</em>'.
	 * @see org.orrery.model.VirtualCpu
	 * @generated
	 */
	EClass getVirtualCpu();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.VirtualCpu#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.orrery.model.VirtualCpu#getIndex()
	 * @see #getVirtualCpu()
	 * @generated
	 */
	EAttribute getVirtualCpu_Index();

	/**
	 * Returns the meta object for the reference list '{@link org.orrery.model.VirtualCpu#getAffinity <em>Affinity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Affinity</em>'.
	 * @see org.orrery.model.VirtualCpu#getAffinity()
	 * @see #getVirtualCpu()
	 * @generated
	 */
	EReference getVirtualCpu_Affinity();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.VirtualCpu#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.orrery.model.VirtualCpu#getWeight()
	 * @see #getVirtualCpu()
	 * @generated
	 */
	EAttribute getVirtualCpu_Weight();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.VirtualCpu#isOnline <em>Online</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Online</em>'.
	 * @see org.orrery.model.VirtualCpu#isOnline()
	 * @see #getVirtualCpu()
	 * @generated
	 */
	EAttribute getVirtualCpu_Online();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.Disk <em>Disk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Disk</em>'.
	 * @see org.orrery.model.Disk
	 * @generated
	 */
	EClass getDisk();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Disk#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.orrery.model.Disk#getFormat()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Disk#getSizeGB <em>Size GB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size GB</em>'.
	 * @see org.orrery.model.Disk#getSizeGB()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_SizeGB();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.Disk#getDatastore <em>Datastore</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Datastore</em>'.
	 * @see org.orrery.model.Disk#getDatastore()
	 * @see #getDisk()
	 * @generated
	 */
	EReference getDisk_Datastore();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.Disk#getBackingImage <em>Backing Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Backing Image</em>'.
	 * @see org.orrery.model.Disk#getBackingImage()
	 * @see #getDisk()
	 * @generated
	 */
	EReference getDisk_BackingImage();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.Disk#getBackingDisk <em>Backing Disk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Backing Disk</em>'.
	 * @see org.orrery.model.Disk#getBackingDisk()
	 * @see #getDisk()
	 * @generated
	 */
	EReference getDisk_BackingDisk();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Disk#isReadOnly <em>Read Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read Only</em>'.
	 * @see org.orrery.model.Disk#isReadOnly()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_ReadOnly();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Disk#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.orrery.model.Disk#getTarget()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Target();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.NetworkInterface <em>Network Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Interface</em>'.
	 * @see org.orrery.model.NetworkInterface
	 * @generated
	 */
	EClass getNetworkInterface();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.NetworkInterface#getMac <em>Mac</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mac</em>'.
	 * @see org.orrery.model.NetworkInterface#getMac()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_Mac();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.NetworkInterface#getIp <em>Ip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ip</em>'.
	 * @see org.orrery.model.NetworkInterface#getIp()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EAttribute getNetworkInterface_Ip();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.NetworkInterface#getOverlay <em>Overlay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Overlay</em>'.
	 * @see org.orrery.model.NetworkInterface#getOverlay()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EReference getNetworkInterface_Overlay();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.NetworkInterface#getSubnet <em>Subnet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subnet</em>'.
	 * @see org.orrery.model.NetworkInterface#getSubnet()
	 * @see #getNetworkInterface()
	 * @generated
	 */
	EReference getNetworkInterface_Subnet();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.MemoryProfile <em>Memory Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Memory Profile</em>'.
	 * @see org.orrery.model.MemoryProfile
	 * @generated
	 */
	EClass getMemoryProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.MemoryProfile#getDirtyRatePagesPerS <em>Dirty Rate Pages Per S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dirty Rate Pages Per S</em>'.
	 * @see org.orrery.model.MemoryProfile#getDirtyRatePagesPerS()
	 * @see #getMemoryProfile()
	 * @generated
	 */
	EAttribute getMemoryProfile_DirtyRatePagesPerS();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.MemoryProfile#getWritableWorkingSetMB <em>Writable Working Set MB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Writable Working Set MB</em>'.
	 * @see org.orrery.model.MemoryProfile#getWritableWorkingSetMB()
	 * @see #getMemoryProfile()
	 * @generated
	 */
	EAttribute getMemoryProfile_WritableWorkingSetMB();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.MemoryProfile#getUsedMB <em>Used MB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Used MB</em>'.
	 * @see org.orrery.model.MemoryProfile#getUsedMB()
	 * @see #getMemoryProfile()
	 * @generated
	 */
	EAttribute getMemoryProfile_UsedMB();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.MemoryProfile#getIntraDuplicateFraction <em>Intra Duplicate Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intra Duplicate Fraction</em>'.
	 * @see org.orrery.model.MemoryProfile#getIntraDuplicateFraction()
	 * @see #getMemoryProfile()
	 * @generated
	 */
	EAttribute getMemoryProfile_IntraDuplicateFraction();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.MemoryProfile#getSharedWithPeersMB <em>Shared With Peers MB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shared With Peers MB</em>'.
	 * @see org.orrery.model.MemoryProfile#getSharedWithPeersMB()
	 * @see #getMemoryProfile()
	 * @generated
	 */
	EAttribute getMemoryProfile_SharedWithPeersMB();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.Image <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image</em>'.
	 * @see org.orrery.model.Image
	 * @generated
	 */
	EClass getImage();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Image#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.orrery.model.Image#getFormat()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Image#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.orrery.model.Image#getKind()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Image#getSizeMB <em>Size MB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size MB</em>'.
	 * @see org.orrery.model.Image#getSizeMB()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_SizeMB();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Image#getCompressedSizeMB <em>Compressed Size MB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compressed Size MB</em>'.
	 * @see org.orrery.model.Image#getCompressedSizeMB()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_CompressedSizeMB();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Image#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.orrery.model.Image#getArchitecture()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Image#getOperatingSystem <em>Operating System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operating System</em>'.
	 * @see org.orrery.model.Image#getOperatingSystem()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_OperatingSystem();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.Image#getBacking <em>Backing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Backing</em>'.
	 * @see org.orrery.model.Image#getBacking()
	 * @see #getImage()
	 * @generated
	 */
	EReference getImage_Backing();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.Substrate <em>Substrate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Substrate</em>'.
	 * @see org.orrery.model.Substrate
	 * @generated
	 */
	EClass getSubstrate();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Substrate#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.orrery.model.Substrate#getKind()
	 * @see #getSubstrate()
	 * @generated
	 */
	EAttribute getSubstrate_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Substrate#getRawSizeMB <em>Raw Size MB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raw Size MB</em>'.
	 * @see org.orrery.model.Substrate#getRawSizeMB()
	 * @see #getSubstrate()
	 * @generated
	 */
	EAttribute getSubstrate_RawSizeMB();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Substrate#getCompressedSizeMB <em>Compressed Size MB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compressed Size MB</em>'.
	 * @see org.orrery.model.Substrate#getCompressedSizeMB()
	 * @see #getSubstrate()
	 * @generated
	 */
	EAttribute getSubstrate_CompressedSizeMB();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.Substrate#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Origin</em>'.
	 * @see org.orrery.model.Substrate#getOrigin()
	 * @see #getSubstrate()
	 * @generated
	 */
	EReference getSubstrate_Origin();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.Substrate#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Image</em>'.
	 * @see org.orrery.model.Substrate#getImage()
	 * @see #getSubstrate()
	 * @generated
	 */
	EReference getSubstrate_Image();

	/**
	 * Returns the meta object for the attribute list '{@link org.orrery.model.Substrate#getApplications <em>Applications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Applications</em>'.
	 * @see org.orrery.model.Substrate#getApplications()
	 * @see #getSubstrate()
	 * @generated
	 */
	EAttribute getSubstrate_Applications();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Substrate#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.orrery.model.Substrate#getOwner()
	 * @see #getSubstrate()
	 * @generated
	 */
	EAttribute getSubstrate_Owner();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.SubstratePool <em>Substrate Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Substrate Pool</em>'.
	 * @see org.orrery.model.SubstratePool
	 * @generated
	 */
	EClass getSubstratePool();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.SubstratePool#getServer <em>Server</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Server</em>'.
	 * @see org.orrery.model.SubstratePool#getServer()
	 * @see #getSubstratePool()
	 * @generated
	 */
	EReference getSubstratePool_Server();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.SubstratePool#getCapacityMB <em>Capacity MB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity MB</em>'.
	 * @see org.orrery.model.SubstratePool#getCapacityMB()
	 * @see #getSubstratePool()
	 * @generated
	 */
	EAttribute getSubstratePool_CapacityMB();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.SubstratePool#getMulticastMBps <em>Multicast MBps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multicast MBps</em>'.
	 * @see org.orrery.model.SubstratePool#getMulticastMBps()
	 * @see #getSubstratePool()
	 * @generated
	 */
	EAttribute getSubstratePool_MulticastMBps();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.SubstratePool#getDecompressMBps <em>Decompress MBps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decompress MBps</em>'.
	 * @see org.orrery.model.SubstratePool#getDecompressMBps()
	 * @see #getSubstratePool()
	 * @generated
	 */
	EAttribute getSubstratePool_DecompressMBps();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.SubstratePool#getDockingMarginMB <em>Docking Margin MB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Docking Margin MB</em>'.
	 * @see org.orrery.model.SubstratePool#getDockingMarginMB()
	 * @see #getSubstratePool()
	 * @generated
	 */
	EAttribute getSubstratePool_DockingMarginMB();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.SubstratePool#getSubstrates <em>Substrates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Substrates</em>'.
	 * @see org.orrery.model.SubstratePool#getSubstrates()
	 * @see #getSubstratePool()
	 * @generated
	 */
	EReference getSubstratePool_Substrates();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.OverlayNetwork <em>Overlay Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Overlay Network</em>'.
	 * @see org.orrery.model.OverlayNetwork
	 * @generated
	 */
	EClass getOverlayNetwork();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.OverlayNetwork#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.orrery.model.OverlayNetwork#getKind()
	 * @see #getOverlayNetwork()
	 * @generated
	 */
	EAttribute getOverlayNetwork_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.OverlayNetwork#getSubnets <em>Subnets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subnets</em>'.
	 * @see org.orrery.model.OverlayNetwork#getSubnets()
	 * @see #getOverlayNetwork()
	 * @generated
	 */
	EReference getOverlayNetwork_Subnets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.OverlayNetwork#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.orrery.model.OverlayNetwork#getNodes()
	 * @see #getOverlayNetwork()
	 * @generated
	 */
	EReference getOverlayNetwork_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.OverlayNetwork#getTunnels <em>Tunnels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tunnels</em>'.
	 * @see org.orrery.model.OverlayNetwork#getTunnels()
	 * @see #getOverlayNetwork()
	 * @generated
	 */
	EReference getOverlayNetwork_Tunnels();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.OverlayNetwork#getMtu <em>Mtu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mtu</em>'.
	 * @see org.orrery.model.OverlayNetwork#getMtu()
	 * @see #getOverlayNetwork()
	 * @generated
	 */
	EAttribute getOverlayNetwork_Mtu();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.OverlayNetwork#getTableAgeingS <em>Table Ageing S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table Ageing S</em>'.
	 * @see org.orrery.model.OverlayNetwork#getTableAgeingS()
	 * @see #getOverlayNetwork()
	 * @generated
	 */
	EAttribute getOverlayNetwork_TableAgeingS();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.OverlayNetwork#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.orrery.model.OverlayNetwork#getOwner()
	 * @see #getOverlayNetwork()
	 * @generated
	 */
	EAttribute getOverlayNetwork_Owner();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.Subnet <em>Subnet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subnet</em>'.
	 * @see org.orrery.model.Subnet
	 * @generated
	 */
	EClass getSubnet();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Subnet#getCidr <em>Cidr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cidr</em>'.
	 * @see org.orrery.model.Subnet#getCidr()
	 * @see #getSubnet()
	 * @generated
	 */
	EAttribute getSubnet_Cidr();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Subnet#getGateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gateway</em>'.
	 * @see org.orrery.model.Subnet#getGateway()
	 * @see #getSubnet()
	 * @generated
	 */
	EAttribute getSubnet_Gateway();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.OverlayNode <em>Overlay Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Overlay Node</em>'.
	 * @see org.orrery.model.OverlayNode
	 * @generated
	 */
	EClass getOverlayNode();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.OverlayNode#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Host</em>'.
	 * @see org.orrery.model.OverlayNode#getHost()
	 * @see #getOverlayNode()
	 * @generated
	 */
	EReference getOverlayNode_Host();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.SwitchDaemon <em>Switch Daemon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Switch Daemon</em>'.
	 * @see org.orrery.model.SwitchDaemon
	 * @generated
	 */
	EClass getSwitchDaemon();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.SwitchDaemon#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.orrery.model.SwitchDaemon#getPort()
	 * @see #getSwitchDaemon()
	 * @generated
	 */
	EAttribute getSwitchDaemon_Port();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.OverlayRouter <em>Overlay Router</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Overlay Router</em>'.
	 * @see org.orrery.model.OverlayRouter
	 * @generated
	 */
	EClass getOverlayRouter();

	/**
	 * Returns the meta object for the reference list '{@link org.orrery.model.OverlayRouter#getSubnets <em>Subnets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Subnets</em>'.
	 * @see org.orrery.model.OverlayRouter#getSubnets()
	 * @see #getOverlayRouter()
	 * @generated
	 */
	EReference getOverlayRouter_Subnets();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.OverlayRouter#getPublicAddress <em>Public Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Public Address</em>'.
	 * @see org.orrery.model.OverlayRouter#getPublicAddress()
	 * @see #getOverlayRouter()
	 * @generated
	 */
	EAttribute getOverlayRouter_PublicAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.OverlayRouter#getMessageDelayMs <em>Message Delay Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message Delay Ms</em>'.
	 * @see org.orrery.model.OverlayRouter#getMessageDelayMs()
	 * @see #getOverlayRouter()
	 * @generated
	 */
	EAttribute getOverlayRouter_MessageDelayMs();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.Tunnel <em>Tunnel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tunnel</em>'.
	 * @see org.orrery.model.Tunnel
	 * @generated
	 */
	EClass getTunnel();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.Tunnel#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.orrery.model.Tunnel#getSource()
	 * @see #getTunnel()
	 * @generated
	 */
	EReference getTunnel_Source();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.Tunnel#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.orrery.model.Tunnel#getTarget()
	 * @see #getTunnel()
	 * @generated
	 */
	EReference getTunnel_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Tunnel#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see org.orrery.model.Tunnel#getProtocol()
	 * @see #getTunnel()
	 * @generated
	 */
	EAttribute getTunnel_Protocol();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.Phone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Phone</em>'.
	 * @see org.orrery.model.Phone
	 * @generated
	 */
	EClass getPhone();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Phone#getSoc <em>Soc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Soc</em>'.
	 * @see org.orrery.model.Phone#getSoc()
	 * @see #getPhone()
	 * @generated
	 */
	EAttribute getPhone_Soc();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Phone#getCores <em>Cores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cores</em>'.
	 * @see org.orrery.model.Phone#getCores()
	 * @see #getPhone()
	 * @generated
	 */
	EAttribute getPhone_Cores();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Phone#getClockGHz <em>Clock GHz</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clock GHz</em>'.
	 * @see org.orrery.model.Phone#getClockGHz()
	 * @see #getPhone()
	 * @generated
	 */
	EAttribute getPhone_ClockGHz();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Phone#getMemoryMB <em>Memory MB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory MB</em>'.
	 * @see org.orrery.model.Phone#getMemoryMB()
	 * @see #getPhone()
	 * @generated
	 */
	EAttribute getPhone_MemoryMB();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Phone#getStorageGB <em>Storage GB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Storage GB</em>'.
	 * @see org.orrery.model.Phone#getStorageGB()
	 * @see #getPhone()
	 * @generated
	 */
	EAttribute getPhone_StorageGB();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Phone#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.orrery.model.Phone#getArchitecture()
	 * @see #getPhone()
	 * @generated
	 */
	EAttribute getPhone_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Phone#getVirtualizationOverhead <em>Virtualization Overhead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Virtualization Overhead</em>'.
	 * @see org.orrery.model.Phone#getVirtualizationOverhead()
	 * @see #getPhone()
	 * @generated
	 */
	EAttribute getPhone_VirtualizationOverhead();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.Phone#getInstances <em>Instances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instances</em>'.
	 * @see org.orrery.model.Phone#getInstances()
	 * @see #getPhone()
	 * @generated
	 */
	EReference getPhone_Instances();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.PhoneInstance <em>Phone Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Phone Instance</em>'.
	 * @see org.orrery.model.PhoneInstance
	 * @generated
	 */
	EClass getPhoneInstance();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.PhoneInstance#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.orrery.model.PhoneInstance#getRole()
	 * @see #getPhoneInstance()
	 * @generated
	 */
	EAttribute getPhoneInstance_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.PhoneInstance#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.orrery.model.PhoneInstance#getState()
	 * @see #getPhoneInstance()
	 * @generated
	 */
	EAttribute getPhoneInstance_State();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.PhoneInstance#getPendingChangesKB <em>Pending Changes KB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pending Changes KB</em>'.
	 * @see org.orrery.model.PhoneInstance#getPendingChangesKB()
	 * @see #getPhoneInstance()
	 * @generated
	 */
	EAttribute getPhoneInstance_PendingChangesKB();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.PhoneInstance#getClone <em>Clone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Clone</em>'.
	 * @see org.orrery.model.PhoneInstance#getClone()
	 * @see #getPhoneInstance()
	 * @generated
	 */
	EReference getPhoneInstance_Clone();

	/**
	 * Returns the meta object for the containment reference '{@link org.orrery.model.PhoneInstance#getSyncPolicy <em>Sync Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sync Policy</em>'.
	 * @see org.orrery.model.PhoneInstance#getSyncPolicy()
	 * @see #getPhoneInstance()
	 * @generated
	 */
	EReference getPhoneInstance_SyncPolicy();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.Clone <em>Clone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Clone</em>'.
	 * @see org.orrery.model.Clone
	 * @generated
	 */
	EClass getClone();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.Clone#getInstance <em>Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Instance</em>'.
	 * @see org.orrery.model.Clone#getInstance()
	 * @see #getClone()
	 * @generated
	 */
	EReference getClone_Instance();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Clone#getSpeedUp <em>Speed Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Speed Up</em>'.
	 * @see org.orrery.model.Clone#getSpeedUp()
	 * @see #getClone()
	 * @generated
	 */
	EAttribute getClone_SpeedUp();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.SyncPolicy <em>Sync Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sync Policy</em>'.
	 * @see org.orrery.model.SyncPolicy
	 * @generated
	 */
	EClass getSyncPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.SyncPolicy#getThresholdKB <em>Threshold KB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold KB</em>'.
	 * @see org.orrery.model.SyncPolicy#getThresholdKB()
	 * @see #getSyncPolicy()
	 * @generated
	 */
	EAttribute getSyncPolicy_ThresholdKB();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.SyncPolicy#getWifiBandwidthMbps <em>Wifi Bandwidth Mbps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wifi Bandwidth Mbps</em>'.
	 * @see org.orrery.model.SyncPolicy#getWifiBandwidthMbps()
	 * @see #getSyncPolicy()
	 * @generated
	 */
	EAttribute getSyncPolicy_WifiBandwidthMbps();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.SyncPolicy#getInputEventRatePerS <em>Input Event Rate Per S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Event Rate Per S</em>'.
	 * @see org.orrery.model.SyncPolicy#getInputEventRatePerS()
	 * @see #getSyncPolicy()
	 * @generated
	 */
	EAttribute getSyncPolicy_InputEventRatePerS();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.SyncPolicy#getRadioPowerW <em>Radio Power W</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Radio Power W</em>'.
	 * @see org.orrery.model.SyncPolicy#getRadioPowerW()
	 * @see #getSyncPolicy()
	 * @generated
	 */
	EAttribute getSyncPolicy_RadioPowerW();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.SyncPolicy#getCpuPowerW <em>Cpu Power W</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Power W</em>'.
	 * @see org.orrery.model.SyncPolicy#getCpuPowerW()
	 * @see #getSyncPolicy()
	 * @generated
	 */
	EAttribute getSyncPolicy_CpuPowerW();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.Application <em>Application</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Application</em>'.
	 * @see org.orrery.model.Application
	 * @generated
	 */
	EClass getApplication();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Application#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.orrery.model.Application#getOwner()
	 * @see #getApplication()
	 * @generated
	 */
	EAttribute getApplication_Owner();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.Application#getRuntimes <em>Runtimes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Runtimes</em>'.
	 * @see org.orrery.model.Application#getRuntimes()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Runtimes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.Application#getProcessGroups <em>Process Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Process Groups</em>'.
	 * @see org.orrery.model.Application#getProcessGroups()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_ProcessGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.Application#getJobs <em>Jobs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Jobs</em>'.
	 * @see org.orrery.model.Application#getJobs()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Jobs();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.ActorRuntime <em>Actor Runtime</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actor Runtime</em>'.
	 * @see org.orrery.model.ActorRuntime
	 * @generated
	 */
	EClass getActorRuntime();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.ActorRuntime#getVm <em>Vm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Vm</em>'.
	 * @see org.orrery.model.ActorRuntime#getVm()
	 * @see #getActorRuntime()
	 * @generated
	 */
	EReference getActorRuntime_Vm();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.ActorRuntime#isAgent <em>Agent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agent</em>'.
	 * @see org.orrery.model.ActorRuntime#isAgent()
	 * @see #getActorRuntime()
	 * @generated
	 */
	EAttribute getActorRuntime_Agent();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.ActorRuntime#getActors <em>Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actors</em>'.
	 * @see org.orrery.model.ActorRuntime#getActors()
	 * @see #getActorRuntime()
	 * @generated
	 */
	EReference getActorRuntime_Actors();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.Actor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actor</em>'.
	 * @see org.orrery.model.Actor
	 * @generated
	 */
	EClass getActor();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Actor#getStateSizeKB <em>State Size KB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State Size KB</em>'.
	 * @see org.orrery.model.Actor#getStateSizeKB()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_StateSizeKB();

	/**
	 * Returns the meta object for the reference list '{@link org.orrery.model.Actor#getPartners <em>Partners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Partners</em>'.
	 * @see org.orrery.model.Actor#getPartners()
	 * @see #getActor()
	 * @generated
	 */
	EReference getActor_Partners();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Actor#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see org.orrery.model.Actor#getUser()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_User();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.ProcessGroup <em>Process Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Process Group</em>'.
	 * @see org.orrery.model.ProcessGroup
	 * @generated
	 */
	EClass getProcessGroup();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.ProcessGroup#getVm <em>Vm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Vm</em>'.
	 * @see org.orrery.model.ProcessGroup#getVm()
	 * @see #getProcessGroup()
	 * @generated
	 */
	EReference getProcessGroup_Vm();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.ProcessGroup#getProcesses <em>Processes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Processes</em>'.
	 * @see org.orrery.model.ProcessGroup#getProcesses()
	 * @see #getProcessGroup()
	 * @generated
	 */
	EReference getProcessGroup_Processes();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.GuestProcess <em>Guest Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Guest Process</em>'.
	 * @see org.orrery.model.GuestProcess
	 * @generated
	 */
	EClass getGuestProcess();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.GuestProcess#getCpuDemand <em>Cpu Demand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Demand</em>'.
	 * @see org.orrery.model.GuestProcess#getCpuDemand()
	 * @see #getGuestProcess()
	 * @generated
	 */
	EAttribute getGuestProcess_CpuDemand();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.GuestProcess#getMemoryMB <em>Memory MB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory MB</em>'.
	 * @see org.orrery.model.GuestProcess#getMemoryMB()
	 * @see #getGuestProcess()
	 * @generated
	 */
	EAttribute getGuestProcess_MemoryMB();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.GuestProcess#getRuntimeS <em>Runtime S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Runtime S</em>'.
	 * @see org.orrery.model.GuestProcess#getRuntimeS()
	 * @see #getGuestProcess()
	 * @generated
	 */
	EAttribute getGuestProcess_RuntimeS();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.GuestProcess#getDisk <em>Disk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Disk</em>'.
	 * @see org.orrery.model.GuestProcess#getDisk()
	 * @see #getGuestProcess()
	 * @generated
	 */
	EReference getGuestProcess_Disk();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.Job <em>Job</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Job</em>'.
	 * @see org.orrery.model.Job
	 * @generated
	 */
	EClass getJob();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Job#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.orrery.model.Job#getKind()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Job#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.orrery.model.Job#getOwner()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Owner();

	/**
	 * Returns the meta object for the reference list '{@link org.orrery.model.Job#getVms <em>Vms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Vms</em>'.
	 * @see org.orrery.model.Job#getVms()
	 * @see #getJob()
	 * @generated
	 */
	EReference getJob_Vms();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Job#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nodes</em>'.
	 * @see org.orrery.model.Job#getNodes()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Nodes();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Job#getThreads <em>Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threads</em>'.
	 * @see org.orrery.model.Job#getThreads()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Threads();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Job#getProblemSize <em>Problem Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Problem Size</em>'.
	 * @see org.orrery.model.Job#getProblemSize()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_ProblemSize();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Job#getIterations <em>Iterations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iterations</em>'.
	 * @see org.orrery.model.Job#getIterations()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Iterations();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Job#getMemoryMB <em>Memory MB</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory MB</em>'.
	 * @see org.orrery.model.Job#getMemoryMB()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_MemoryMB();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Job#getDurationS <em>Duration S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration S</em>'.
	 * @see org.orrery.model.Job#getDurationS()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_DurationS();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Job#getActorCount <em>Actor Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actor Count</em>'.
	 * @see org.orrery.model.Job#getActorCount()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_ActorCount();

	/**
	 * Returns the meta object for the containment reference '{@link org.orrery.model.Job#getSpinlock <em>Spinlock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Spinlock</em>'.
	 * @see org.orrery.model.Job#getSpinlock()
	 * @see #getJob()
	 * @generated
	 */
	EReference getJob_Spinlock();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.SpinlockProfile <em>Spinlock Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spinlock Profile</em>'.
	 * @see org.orrery.model.SpinlockProfile
	 * @generated
	 */
	EClass getSpinlockProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.SpinlockProfile#getMeanHoldUs <em>Mean Hold Us</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean Hold Us</em>'.
	 * @see org.orrery.model.SpinlockProfile#getMeanHoldUs()
	 * @see #getSpinlockProfile()
	 * @generated
	 */
	EAttribute getSpinlockProfile_MeanHoldUs();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.SpinlockProfile#getCallsPerWindow <em>Calls Per Window</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Calls Per Window</em>'.
	 * @see org.orrery.model.SpinlockProfile#getCallsPerWindow()
	 * @see #getSpinlockProfile()
	 * @generated
	 */
	EAttribute getSpinlockProfile_CallsPerWindow();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.SpinlockProfile#getIrqMeanHoldUs <em>Irq Mean Hold Us</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Irq Mean Hold Us</em>'.
	 * @see org.orrery.model.SpinlockProfile#getIrqMeanHoldUs()
	 * @see #getSpinlockProfile()
	 * @generated
	 */
	EAttribute getSpinlockProfile_IrqMeanHoldUs();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.SpinlockProfile#getIrqCallsPerWindow <em>Irq Calls Per Window</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Irq Calls Per Window</em>'.
	 * @see org.orrery.model.SpinlockProfile#getIrqCallsPerWindow()
	 * @see #getSpinlockProfile()
	 * @generated
	 */
	EAttribute getSpinlockProfile_IrqCallsPerWindow();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.SpinlockProfile#getWindowS <em>Window S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window S</em>'.
	 * @see org.orrery.model.SpinlockProfile#getWindowS()
	 * @see #getSpinlockProfile()
	 * @generated
	 */
	EAttribute getSpinlockProfile_WindowS();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Experiment</em>'.
	 * @see org.orrery.model.Experiment
	 * @generated
	 */
	EClass getExperiment();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.Experiment#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Model</em>'.
	 * @see org.orrery.model.Experiment#getModel()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Model();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Experiment#getEngine <em>Engine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine</em>'.
	 * @see org.orrery.model.Experiment#getEngine()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Engine();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Experiment#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.orrery.model.Experiment#getSeed()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Experiment#getDurationS <em>Duration S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration S</em>'.
	 * @see org.orrery.model.Experiment#getDurationS()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_DurationS();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Experiment#getRepetitions <em>Repetitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repetitions</em>'.
	 * @see org.orrery.model.Experiment#getRepetitions()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Repetitions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.Experiment#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.orrery.model.Experiment#getSteps()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Steps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.Experiment#getPolicies <em>Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Policies</em>'.
	 * @see org.orrery.model.Experiment#getPolicies()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Policies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.Experiment#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see org.orrery.model.Experiment#getResults()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Results();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.ScenarioStep <em>Scenario Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario Step</em>'.
	 * @see org.orrery.model.ScenarioStep
	 * @generated
	 */
	EClass getScenarioStep();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.ScenarioStep#getAtS <em>At S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At S</em>'.
	 * @see org.orrery.model.ScenarioStep#getAtS()
	 * @see #getScenarioStep()
	 * @generated
	 */
	EAttribute getScenarioStep_AtS();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.ScenarioStep#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.orrery.model.ScenarioStep#getAction()
	 * @see #getScenarioStep()
	 * @generated
	 */
	EAttribute getScenarioStep_Action();

	/**
	 * Returns the meta object for the reference list '{@link org.orrery.model.ScenarioStep#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Targets</em>'.
	 * @see org.orrery.model.ScenarioStep#getTargets()
	 * @see #getScenarioStep()
	 * @generated
	 */
	EReference getScenarioStep_Targets();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.ScenarioStep#getDestination <em>Destination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Destination</em>'.
	 * @see org.orrery.model.ScenarioStep#getDestination()
	 * @see #getScenarioStep()
	 * @generated
	 */
	EReference getScenarioStep_Destination();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.ScenarioStep#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.orrery.model.ScenarioStep#getParameters()
	 * @see #getScenarioStep()
	 * @generated
	 */
	EReference getScenarioStep_Parameters();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.PolicyChoice <em>Policy Choice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Choice</em>'.
	 * @see org.orrery.model.PolicyChoice
	 * @generated
	 */
	EClass getPolicyChoice();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.PolicyChoice#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.orrery.model.PolicyChoice#getKind()
	 * @see #getPolicyChoice()
	 * @generated
	 */
	EAttribute getPolicyChoice_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.PolicyChoice#getImplementation <em>Implementation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Implementation</em>'.
	 * @see org.orrery.model.PolicyChoice#getImplementation()
	 * @see #getPolicyChoice()
	 * @generated
	 */
	EAttribute getPolicyChoice_Implementation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.orrery.model.PolicyChoice#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.orrery.model.PolicyChoice#getParameters()
	 * @see #getPolicyChoice()
	 * @generated
	 */
	EReference getPolicyChoice_Parameters();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see org.orrery.model.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Parameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.orrery.model.Parameter#getValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Parameter#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.orrery.model.Parameter#getUnit()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Parameter#getMinimum <em>Minimum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum</em>'.
	 * @see org.orrery.model.Parameter#getMinimum()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Minimum();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Parameter#getMaximum <em>Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum</em>'.
	 * @see org.orrery.model.Parameter#getMaximum()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Maximum();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.Parameter#isAssumption <em>Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assumption</em>'.
	 * @see org.orrery.model.Parameter#isAssumption()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Assumption();

	/**
	 * Returns the meta object for class '{@link org.orrery.model.ResultSeries <em>Result Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Result Series</em>'.
	 * @see org.orrery.model.ResultSeries
	 * @generated
	 */
	EClass getResultSeries();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.ResultSeries#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.orrery.model.ResultSeries#getMetric()
	 * @see #getResultSeries()
	 * @generated
	 */
	EAttribute getResultSeries_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.orrery.model.ResultSeries#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.orrery.model.ResultSeries#getUnit()
	 * @see #getResultSeries()
	 * @generated
	 */
	EAttribute getResultSeries_Unit();

	/**
	 * Returns the meta object for the reference '{@link org.orrery.model.ResultSeries#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see org.orrery.model.ResultSeries#getSubject()
	 * @see #getResultSeries()
	 * @generated
	 */
	EReference getResultSeries_Subject();

	/**
	 * Returns the meta object for the attribute list '{@link org.orrery.model.ResultSeries#getTimes <em>Times</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Times</em>'.
	 * @see org.orrery.model.ResultSeries#getTimes()
	 * @see #getResultSeries()
	 * @generated
	 */
	EAttribute getResultSeries_Times();

	/**
	 * Returns the meta object for the attribute list '{@link org.orrery.model.ResultSeries#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see org.orrery.model.ResultSeries#getValues()
	 * @see #getResultSeries()
	 * @generated
	 */
	EAttribute getResultSeries_Values();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.CloudKind <em>Cloud Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cloud Kind</em>'.
	 * @see org.orrery.model.CloudKind
	 * @generated
	 */
	EEnum getCloudKind();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.CloudToolkit <em>Cloud Toolkit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cloud Toolkit</em>'.
	 * @see org.orrery.model.CloudToolkit
	 * @generated
	 */
	EEnum getCloudToolkit();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.HypervisorKind <em>Hypervisor Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hypervisor Kind</em>'.
	 * @see org.orrery.model.HypervisorKind
	 * @generated
	 */
	EEnum getHypervisorKind();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.Architecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Architecture</em>'.
	 * @see org.orrery.model.Architecture
	 * @generated
	 */
	EEnum getArchitecture();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.PowerState <em>Power State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Power State</em>'.
	 * @see org.orrery.model.PowerState
	 * @generated
	 */
	EEnum getPowerState();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.DatastoreKind <em>Datastore Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Datastore Kind</em>'.
	 * @see org.orrery.model.DatastoreKind
	 * @generated
	 */
	EEnum getDatastoreKind();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.LinkKind <em>Link Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Link Kind</em>'.
	 * @see org.orrery.model.LinkKind
	 * @generated
	 */
	EEnum getLinkKind();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.RouterKind <em>Router Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Router Kind</em>'.
	 * @see org.orrery.model.RouterKind
	 * @generated
	 */
	EEnum getRouterKind();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.VmState <em>Vm State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Vm State</em>'.
	 * @see org.orrery.model.VmState
	 * @generated
	 */
	EEnum getVmState();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.VmRole <em>Vm Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Vm Role</em>'.
	 * @see org.orrery.model.VmRole
	 * @generated
	 */
	EEnum getVmRole();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.DiskFormat <em>Disk Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Disk Format</em>'.
	 * @see org.orrery.model.DiskFormat
	 * @generated
	 */
	EEnum getDiskFormat();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.ImageKind <em>Image Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Image Kind</em>'.
	 * @see org.orrery.model.ImageKind
	 * @generated
	 */
	EEnum getImageKind();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.SubstrateKind <em>Substrate Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Substrate Kind</em>'.
	 * @see org.orrery.model.SubstrateKind
	 * @generated
	 */
	EEnum getSubstrateKind();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.OverlayKind <em>Overlay Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Overlay Kind</em>'.
	 * @see org.orrery.model.OverlayKind
	 * @generated
	 */
	EEnum getOverlayKind();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.TunnelProtocol <em>Tunnel Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tunnel Protocol</em>'.
	 * @see org.orrery.model.TunnelProtocol
	 * @generated
	 */
	EEnum getTunnelProtocol();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.InstanceRole <em>Instance Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Instance Role</em>'.
	 * @see org.orrery.model.InstanceRole
	 * @generated
	 */
	EEnum getInstanceRole();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.PhoneInstanceState <em>Phone Instance State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Phone Instance State</em>'.
	 * @see org.orrery.model.PhoneInstanceState
	 * @generated
	 */
	EEnum getPhoneInstanceState();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.JobKind <em>Job Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Job Kind</em>'.
	 * @see org.orrery.model.JobKind
	 * @generated
	 */
	EEnum getJobKind();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.Engine <em>Engine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Engine</em>'.
	 * @see org.orrery.model.Engine
	 * @generated
	 */
	EEnum getEngine();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.StepAction <em>Step Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Step Action</em>'.
	 * @see org.orrery.model.StepAction
	 * @generated
	 */
	EEnum getStepAction();

	/**
	 * Returns the meta object for enum '{@link org.orrery.model.PolicyKind <em>Policy Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Policy Kind</em>'.
	 * @see org.orrery.model.PolicyKind
	 * @generated
	 */
	EEnum getPolicyKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	OrreryFactory getOrreryFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.NamedElementImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__ID = eINSTANCE.getNamedElement_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.NetworkEndpointImpl <em>Network Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.NetworkEndpointImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getNetworkEndpoint()
		 * @generated
		 */
		EClass NETWORK_ENDPOINT = eINSTANCE.getNetworkEndpoint();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.WorldImpl <em>World</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.WorldImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getWorld()
		 * @generated
		 */
		EClass WORLD = eINSTANCE.getWorld();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORLD__FORMAT_VERSION = eINSTANCE.getWorld_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Clouds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORLD__CLOUDS = eINSTANCE.getWorld_Clouds();

		/**
		 * The meta object literal for the '<em><b>Federations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORLD__FEDERATIONS = eINSTANCE.getWorld_Federations();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORLD__LINKS = eINSTANCE.getWorld_Links();

		/**
		 * The meta object literal for the '<em><b>Overlays</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORLD__OVERLAYS = eINSTANCE.getWorld_Overlays();

		/**
		 * The meta object literal for the '<em><b>Phones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORLD__PHONES = eINSTANCE.getWorld_Phones();

		/**
		 * The meta object literal for the '<em><b>Applications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORLD__APPLICATIONS = eINSTANCE.getWorld_Applications();

		/**
		 * The meta object literal for the '<em><b>Experiments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORLD__EXPERIMENTS = eINSTANCE.getWorld_Experiments();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.FederationImpl <em>Federation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.FederationImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getFederation()
		 * @generated
		 */
		EClass FEDERATION = eINSTANCE.getFederation();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEDERATION__MEMBERS = eINSTANCE.getFederation_Members();

		/**
		 * The meta object literal for the '<em><b>Overlay</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEDERATION__OVERLAY = eINSTANCE.getFederation_Overlay();

		/**
		 * The meta object literal for the '<em><b>Context Broker</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEDERATION__CONTEXT_BROKER = eINSTANCE.getFederation_ContextBroker();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.CloudImpl <em>Cloud</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.CloudImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getCloud()
		 * @generated
		 */
		EClass CLOUD = eINSTANCE.getCloud();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLOUD__KIND = eINSTANCE.getCloud_Kind();

		/**
		 * The meta object literal for the '<em><b>Toolkit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLOUD__TOOLKIT = eINSTANCE.getCloud_Toolkit();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLOUD__SITES = eINSTANCE.getCloud_Sites();

		/**
		 * The meta object literal for the '<em><b>Virtual Machines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLOUD__VIRTUAL_MACHINES = eINSTANCE.getCloud_VirtualMachines();

		/**
		 * The meta object literal for the '<em><b>Instance Types</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLOUD__INSTANCE_TYPES = eINSTANCE.getCloud_InstanceTypes();

		/**
		 * The meta object literal for the '<em><b>Substrate Pools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLOUD__SUBSTRATE_POOLS = eINSTANCE.getCloud_SubstratePools();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.InstanceTypeImpl <em>Instance Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.InstanceTypeImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getInstanceType()
		 * @generated
		 */
		EClass INSTANCE_TYPE = eINSTANCE.getInstanceType();

		/**
		 * The meta object literal for the '<em><b>Vcpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE_TYPE__VCPUS = eINSTANCE.getInstanceType_Vcpus();

		/**
		 * The meta object literal for the '<em><b>Memory MB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE_TYPE__MEMORY_MB = eINSTANCE.getInstanceType_MemoryMB();

		/**
		 * The meta object literal for the '<em><b>Price Per Hour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE_TYPE__PRICE_PER_HOUR = eINSTANCE.getInstanceType_PricePerHour();

		/**
		 * The meta object literal for the '<em><b>Service Fee Per Hour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE_TYPE__SERVICE_FEE_PER_HOUR = eINSTANCE.getInstanceType_ServiceFeePerHour();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.SiteImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Subnet</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__SUBNET = eINSTANCE.getSite_Subnet();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__LOCATION = eINSTANCE.getSite_Location();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__HOSTS = eINSTANCE.getSite_Hosts();

		/**
		 * The meta object literal for the '<em><b>Datastores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__DATASTORES = eINSTANCE.getSite_Datastores();

		/**
		 * The meta object literal for the '<em><b>Routers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__ROUTERS = eINSTANCE.getSite_Routers();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.HostImpl <em>Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.HostImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getHost()
		 * @generated
		 */
		EClass HOST = eINSTANCE.getHost();

		/**
		 * The meta object literal for the '<em><b>Pcpus</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__PCPUS = eINSTANCE.getHost_Pcpus();

		/**
		 * The meta object literal for the '<em><b>Memory MB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__MEMORY_MB = eINSTANCE.getHost_MemoryMB();

		/**
		 * The meta object literal for the '<em><b>Hypervisor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__HYPERVISOR = eINSTANCE.getHost_Hypervisor();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__ARCHITECTURE = eINSTANCE.getHost_Architecture();

		/**
		 * The meta object literal for the '<em><b>Cpu Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__CPU_MODEL = eINSTANCE.getHost_CpuModel();

		/**
		 * The meta object literal for the '<em><b>Clock GHz</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__CLOCK_GHZ = eINSTANCE.getHost_ClockGHz();

		/**
		 * The meta object literal for the '<em><b>Libvirt Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__LIBVIRT_URI = eINSTANCE.getHost_LibvirtUri();

		/**
		 * The meta object literal for the '<em><b>Power State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__POWER_STATE = eINSTANCE.getHost_PowerState();

		/**
		 * The meta object literal for the '<em><b>Optimal Utilization</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__OPTIMAL_UTILIZATION = eINSTANCE.getHost_OptimalUtilization();

		/**
		 * The meta object literal for the '<em><b>Cpu Overcommit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__CPU_OVERCOMMIT = eINSTANCE.getHost_CpuOvercommit();

		/**
		 * The meta object literal for the '<em><b>Memory Overcommit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__MEMORY_OVERCOMMIT = eINSTANCE.getHost_MemoryOvercommit();

		/**
		 * The meta object literal for the '<em><b>Datastores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__DATASTORES = eINSTANCE.getHost_Datastores();

		/**
		 * The meta object literal for the '<em><b>Virtual Machines</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__VIRTUAL_MACHINES = eINSTANCE.getHost_VirtualMachines();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.PhysicalCpuImpl <em>Physical Cpu</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.PhysicalCpuImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getPhysicalCpu()
		 * @generated
		 */
		EClass PHYSICAL_CPU = eINSTANCE.getPhysicalCpu();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHYSICAL_CPU__INDEX = eINSTANCE.getPhysicalCpu_Index();

		/**
		 * The meta object literal for the '<em><b>Socket</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHYSICAL_CPU__SOCKET = eINSTANCE.getPhysicalCpu_Socket();

		/**
		 * The meta object literal for the '<em><b>Core</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHYSICAL_CPU__CORE = eINSTANCE.getPhysicalCpu_Core();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.DatastoreImpl <em>Datastore</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.DatastoreImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getDatastore()
		 * @generated
		 */
		EClass DATASTORE = eINSTANCE.getDatastore();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASTORE__KIND = eINSTANCE.getDatastore_Kind();

		/**
		 * The meta object literal for the '<em><b>Capacity GB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASTORE__CAPACITY_GB = eINSTANCE.getDatastore_CapacityGB();

		/**
		 * The meta object literal for the '<em><b>Bandwidth MBps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASTORE__BANDWIDTH_MBPS = eINSTANCE.getDatastore_BandwidthMBps();

		/**
		 * The meta object literal for the '<em><b>Images</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASTORE__IMAGES = eINSTANCE.getDatastore_Images();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.NetworkLinkImpl <em>Network Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.NetworkLinkImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getNetworkLink()
		 * @generated
		 */
		EClass NETWORK_LINK = eINSTANCE.getNetworkLink();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_LINK__SOURCE = eINSTANCE.getNetworkLink_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_LINK__TARGET = eINSTANCE.getNetworkLink_Target();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_LINK__KIND = eINSTANCE.getNetworkLink_Kind();

		/**
		 * The meta object literal for the '<em><b>Bandwidth Mbps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_LINK__BANDWIDTH_MBPS = eINSTANCE.getNetworkLink_BandwidthMbps();

		/**
		 * The meta object literal for the '<em><b>Latency Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_LINK__LATENCY_MS = eINSTANCE.getNetworkLink_LatencyMs();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.RouterImpl <em>Router</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.RouterImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getRouter()
		 * @generated
		 */
		EClass ROUTER = eINSTANCE.getRouter();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTER__KIND = eINSTANCE.getRouter_Kind();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTER__ADDRESS = eINSTANCE.getRouter_Address();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.VirtualMachineImpl <em>Virtual Machine</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.VirtualMachineImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getVirtualMachine()
		 * @generated
		 */
		EClass VIRTUAL_MACHINE = eINSTANCE.getVirtualMachine();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__HOST = eINSTANCE.getVirtualMachine_Host();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__STATE = eINSTANCE.getVirtualMachine_State();

		/**
		 * The meta object literal for the '<em><b>Vcpus</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__VCPUS = eINSTANCE.getVirtualMachine_Vcpus();

		/**
		 * The meta object literal for the '<em><b>Memory MB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__MEMORY_MB = eINSTANCE.getVirtualMachine_MemoryMB();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__ARCHITECTURE = eINSTANCE.getVirtualMachine_Architecture();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__ROLE = eINSTANCE.getVirtualMachine_Role();

		/**
		 * The meta object literal for the '<em><b>Cpu Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__CPU_WEIGHT = eINSTANCE.getVirtualMachine_CpuWeight();

		/**
		 * The meta object literal for the '<em><b>Boot Time S</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__BOOT_TIME_S = eINSTANCE.getVirtualMachine_BootTimeS();

		/**
		 * The meta object literal for the '<em><b>Disks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__DISKS = eINSTANCE.getVirtualMachine_Disks();

		/**
		 * The meta object literal for the '<em><b>Nics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__NICS = eINSTANCE.getVirtualMachine_Nics();

		/**
		 * The meta object literal for the '<em><b>Memory Profile</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__MEMORY_PROFILE = eINSTANCE.getVirtualMachine_MemoryProfile();

		/**
		 * The meta object literal for the '<em><b>Instance Type</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__INSTANCE_TYPE = eINSTANCE.getVirtualMachine_InstanceType();

		/**
		 * The meta object literal for the '<em><b>Activated From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__ACTIVATED_FROM = eINSTANCE.getVirtualMachine_ActivatedFrom();

		/**
		 * The meta object literal for the '<em><b>Split From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__SPLIT_FROM = eINSTANCE.getVirtualMachine_SplitFrom();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__OWNER = eINSTANCE.getVirtualMachine_Owner();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.VirtualCpuImpl <em>Virtual Cpu</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.VirtualCpuImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getVirtualCpu()
		 * @generated
		 */
		EClass VIRTUAL_CPU = eINSTANCE.getVirtualCpu();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_CPU__INDEX = eINSTANCE.getVirtualCpu_Index();

		/**
		 * The meta object literal for the '<em><b>Affinity</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_CPU__AFFINITY = eINSTANCE.getVirtualCpu_Affinity();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_CPU__WEIGHT = eINSTANCE.getVirtualCpu_Weight();

		/**
		 * The meta object literal for the '<em><b>Online</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_CPU__ONLINE = eINSTANCE.getVirtualCpu_Online();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.DiskImpl <em>Disk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.DiskImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getDisk()
		 * @generated
		 */
		EClass DISK = eINSTANCE.getDisk();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__FORMAT = eINSTANCE.getDisk_Format();

		/**
		 * The meta object literal for the '<em><b>Size GB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__SIZE_GB = eINSTANCE.getDisk_SizeGB();

		/**
		 * The meta object literal for the '<em><b>Datastore</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISK__DATASTORE = eINSTANCE.getDisk_Datastore();

		/**
		 * The meta object literal for the '<em><b>Backing Image</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISK__BACKING_IMAGE = eINSTANCE.getDisk_BackingImage();

		/**
		 * The meta object literal for the '<em><b>Backing Disk</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISK__BACKING_DISK = eINSTANCE.getDisk_BackingDisk();

		/**
		 * The meta object literal for the '<em><b>Read Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__READ_ONLY = eINSTANCE.getDisk_ReadOnly();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__TARGET = eINSTANCE.getDisk_Target();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.NetworkInterfaceImpl <em>Network Interface</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.NetworkInterfaceImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getNetworkInterface()
		 * @generated
		 */
		EClass NETWORK_INTERFACE = eINSTANCE.getNetworkInterface();

		/**
		 * The meta object literal for the '<em><b>Mac</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__MAC = eINSTANCE.getNetworkInterface_Mac();

		/**
		 * The meta object literal for the '<em><b>Ip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_INTERFACE__IP = eINSTANCE.getNetworkInterface_Ip();

		/**
		 * The meta object literal for the '<em><b>Overlay</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_INTERFACE__OVERLAY = eINSTANCE.getNetworkInterface_Overlay();

		/**
		 * The meta object literal for the '<em><b>Subnet</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_INTERFACE__SUBNET = eINSTANCE.getNetworkInterface_Subnet();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.MemoryProfileImpl <em>Memory Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.MemoryProfileImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getMemoryProfile()
		 * @generated
		 */
		EClass MEMORY_PROFILE = eINSTANCE.getMemoryProfile();

		/**
		 * The meta object literal for the '<em><b>Dirty Rate Pages Per S</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_PROFILE__DIRTY_RATE_PAGES_PER_S = eINSTANCE.getMemoryProfile_DirtyRatePagesPerS();

		/**
		 * The meta object literal for the '<em><b>Writable Working Set MB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_PROFILE__WRITABLE_WORKING_SET_MB = eINSTANCE.getMemoryProfile_WritableWorkingSetMB();

		/**
		 * The meta object literal for the '<em><b>Used MB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_PROFILE__USED_MB = eINSTANCE.getMemoryProfile_UsedMB();

		/**
		 * The meta object literal for the '<em><b>Intra Duplicate Fraction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_PROFILE__INTRA_DUPLICATE_FRACTION = eINSTANCE.getMemoryProfile_IntraDuplicateFraction();

		/**
		 * The meta object literal for the '<em><b>Shared With Peers MB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_PROFILE__SHARED_WITH_PEERS_MB = eINSTANCE.getMemoryProfile_SharedWithPeersMB();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.ImageImpl <em>Image</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.ImageImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getImage()
		 * @generated
		 */
		EClass IMAGE = eINSTANCE.getImage();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__FORMAT = eINSTANCE.getImage_Format();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__KIND = eINSTANCE.getImage_Kind();

		/**
		 * The meta object literal for the '<em><b>Size MB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__SIZE_MB = eINSTANCE.getImage_SizeMB();

		/**
		 * The meta object literal for the '<em><b>Compressed Size MB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__COMPRESSED_SIZE_MB = eINSTANCE.getImage_CompressedSizeMB();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__ARCHITECTURE = eINSTANCE.getImage_Architecture();

		/**
		 * The meta object literal for the '<em><b>Operating System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__OPERATING_SYSTEM = eINSTANCE.getImage_OperatingSystem();

		/**
		 * The meta object literal for the '<em><b>Backing</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE__BACKING = eINSTANCE.getImage_Backing();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.SubstrateImpl <em>Substrate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.SubstrateImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getSubstrate()
		 * @generated
		 */
		EClass SUBSTRATE = eINSTANCE.getSubstrate();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSTRATE__KIND = eINSTANCE.getSubstrate_Kind();

		/**
		 * The meta object literal for the '<em><b>Raw Size MB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSTRATE__RAW_SIZE_MB = eINSTANCE.getSubstrate_RawSizeMB();

		/**
		 * The meta object literal for the '<em><b>Compressed Size MB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSTRATE__COMPRESSED_SIZE_MB = eINSTANCE.getSubstrate_CompressedSizeMB();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBSTRATE__ORIGIN = eINSTANCE.getSubstrate_Origin();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBSTRATE__IMAGE = eINSTANCE.getSubstrate_Image();

		/**
		 * The meta object literal for the '<em><b>Applications</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSTRATE__APPLICATIONS = eINSTANCE.getSubstrate_Applications();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSTRATE__OWNER = eINSTANCE.getSubstrate_Owner();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.SubstratePoolImpl <em>Substrate Pool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.SubstratePoolImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getSubstratePool()
		 * @generated
		 */
		EClass SUBSTRATE_POOL = eINSTANCE.getSubstratePool();

		/**
		 * The meta object literal for the '<em><b>Server</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBSTRATE_POOL__SERVER = eINSTANCE.getSubstratePool_Server();

		/**
		 * The meta object literal for the '<em><b>Capacity MB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSTRATE_POOL__CAPACITY_MB = eINSTANCE.getSubstratePool_CapacityMB();

		/**
		 * The meta object literal for the '<em><b>Multicast MBps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSTRATE_POOL__MULTICAST_MBPS = eINSTANCE.getSubstratePool_MulticastMBps();

		/**
		 * The meta object literal for the '<em><b>Decompress MBps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSTRATE_POOL__DECOMPRESS_MBPS = eINSTANCE.getSubstratePool_DecompressMBps();

		/**
		 * The meta object literal for the '<em><b>Docking Margin MB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSTRATE_POOL__DOCKING_MARGIN_MB = eINSTANCE.getSubstratePool_DockingMarginMB();

		/**
		 * The meta object literal for the '<em><b>Substrates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBSTRATE_POOL__SUBSTRATES = eINSTANCE.getSubstratePool_Substrates();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.OverlayNetworkImpl <em>Overlay Network</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.OverlayNetworkImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getOverlayNetwork()
		 * @generated
		 */
		EClass OVERLAY_NETWORK = eINSTANCE.getOverlayNetwork();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY_NETWORK__KIND = eINSTANCE.getOverlayNetwork_Kind();

		/**
		 * The meta object literal for the '<em><b>Subnets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OVERLAY_NETWORK__SUBNETS = eINSTANCE.getOverlayNetwork_Subnets();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OVERLAY_NETWORK__NODES = eINSTANCE.getOverlayNetwork_Nodes();

		/**
		 * The meta object literal for the '<em><b>Tunnels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OVERLAY_NETWORK__TUNNELS = eINSTANCE.getOverlayNetwork_Tunnels();

		/**
		 * The meta object literal for the '<em><b>Mtu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY_NETWORK__MTU = eINSTANCE.getOverlayNetwork_Mtu();

		/**
		 * The meta object literal for the '<em><b>Table Ageing S</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY_NETWORK__TABLE_AGEING_S = eINSTANCE.getOverlayNetwork_TableAgeingS();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY_NETWORK__OWNER = eINSTANCE.getOverlayNetwork_Owner();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.SubnetImpl <em>Subnet</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.SubnetImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getSubnet()
		 * @generated
		 */
		EClass SUBNET = eINSTANCE.getSubnet();

		/**
		 * The meta object literal for the '<em><b>Cidr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBNET__CIDR = eINSTANCE.getSubnet_Cidr();

		/**
		 * The meta object literal for the '<em><b>Gateway</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBNET__GATEWAY = eINSTANCE.getSubnet_Gateway();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.OverlayNodeImpl <em>Overlay Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.OverlayNodeImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getOverlayNode()
		 * @generated
		 */
		EClass OVERLAY_NODE = eINSTANCE.getOverlayNode();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OVERLAY_NODE__HOST = eINSTANCE.getOverlayNode_Host();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.SwitchDaemonImpl <em>Switch Daemon</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.SwitchDaemonImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getSwitchDaemon()
		 * @generated
		 */
		EClass SWITCH_DAEMON = eINSTANCE.getSwitchDaemon();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWITCH_DAEMON__PORT = eINSTANCE.getSwitchDaemon_Port();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.OverlayRouterImpl <em>Overlay Router</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.OverlayRouterImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getOverlayRouter()
		 * @generated
		 */
		EClass OVERLAY_ROUTER = eINSTANCE.getOverlayRouter();

		/**
		 * The meta object literal for the '<em><b>Subnets</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OVERLAY_ROUTER__SUBNETS = eINSTANCE.getOverlayRouter_Subnets();

		/**
		 * The meta object literal for the '<em><b>Public Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY_ROUTER__PUBLIC_ADDRESS = eINSTANCE.getOverlayRouter_PublicAddress();

		/**
		 * The meta object literal for the '<em><b>Message Delay Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVERLAY_ROUTER__MESSAGE_DELAY_MS = eINSTANCE.getOverlayRouter_MessageDelayMs();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.TunnelImpl <em>Tunnel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.TunnelImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getTunnel()
		 * @generated
		 */
		EClass TUNNEL = eINSTANCE.getTunnel();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TUNNEL__SOURCE = eINSTANCE.getTunnel_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TUNNEL__TARGET = eINSTANCE.getTunnel_Target();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TUNNEL__PROTOCOL = eINSTANCE.getTunnel_Protocol();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.PhoneImpl <em>Phone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.PhoneImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getPhone()
		 * @generated
		 */
		EClass PHONE = eINSTANCE.getPhone();

		/**
		 * The meta object literal for the '<em><b>Soc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE__SOC = eINSTANCE.getPhone_Soc();

		/**
		 * The meta object literal for the '<em><b>Cores</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE__CORES = eINSTANCE.getPhone_Cores();

		/**
		 * The meta object literal for the '<em><b>Clock GHz</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE__CLOCK_GHZ = eINSTANCE.getPhone_ClockGHz();

		/**
		 * The meta object literal for the '<em><b>Memory MB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE__MEMORY_MB = eINSTANCE.getPhone_MemoryMB();

		/**
		 * The meta object literal for the '<em><b>Storage GB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE__STORAGE_GB = eINSTANCE.getPhone_StorageGB();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE__ARCHITECTURE = eINSTANCE.getPhone_Architecture();

		/**
		 * The meta object literal for the '<em><b>Virtualization Overhead</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE__VIRTUALIZATION_OVERHEAD = eINSTANCE.getPhone_VirtualizationOverhead();

		/**
		 * The meta object literal for the '<em><b>Instances</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PHONE__INSTANCES = eINSTANCE.getPhone_Instances();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.PhoneInstanceImpl <em>Phone Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.PhoneInstanceImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getPhoneInstance()
		 * @generated
		 */
		EClass PHONE_INSTANCE = eINSTANCE.getPhoneInstance();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE_INSTANCE__ROLE = eINSTANCE.getPhoneInstance_Role();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE_INSTANCE__STATE = eINSTANCE.getPhoneInstance_State();

		/**
		 * The meta object literal for the '<em><b>Pending Changes KB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHONE_INSTANCE__PENDING_CHANGES_KB = eINSTANCE.getPhoneInstance_PendingChangesKB();

		/**
		 * The meta object literal for the '<em><b>Clone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PHONE_INSTANCE__CLONE = eINSTANCE.getPhoneInstance_Clone();

		/**
		 * The meta object literal for the '<em><b>Sync Policy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PHONE_INSTANCE__SYNC_POLICY = eINSTANCE.getPhoneInstance_SyncPolicy();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.CloneImpl <em>Clone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.CloneImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getClone()
		 * @generated
		 */
		EClass CLONE = eINSTANCE.getClone();

		/**
		 * The meta object literal for the '<em><b>Instance</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLONE__INSTANCE = eINSTANCE.getClone_Instance();

		/**
		 * The meta object literal for the '<em><b>Speed Up</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLONE__SPEED_UP = eINSTANCE.getClone_SpeedUp();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.SyncPolicyImpl <em>Sync Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.SyncPolicyImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getSyncPolicy()
		 * @generated
		 */
		EClass SYNC_POLICY = eINSTANCE.getSyncPolicy();

		/**
		 * The meta object literal for the '<em><b>Threshold KB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_POLICY__THRESHOLD_KB = eINSTANCE.getSyncPolicy_ThresholdKB();

		/**
		 * The meta object literal for the '<em><b>Wifi Bandwidth Mbps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_POLICY__WIFI_BANDWIDTH_MBPS = eINSTANCE.getSyncPolicy_WifiBandwidthMbps();

		/**
		 * The meta object literal for the '<em><b>Input Event Rate Per S</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_POLICY__INPUT_EVENT_RATE_PER_S = eINSTANCE.getSyncPolicy_InputEventRatePerS();

		/**
		 * The meta object literal for the '<em><b>Radio Power W</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_POLICY__RADIO_POWER_W = eINSTANCE.getSyncPolicy_RadioPowerW();

		/**
		 * The meta object literal for the '<em><b>Cpu Power W</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_POLICY__CPU_POWER_W = eINSTANCE.getSyncPolicy_CpuPowerW();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.ApplicationImpl <em>Application</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.ApplicationImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getApplication()
		 * @generated
		 */
		EClass APPLICATION = eINSTANCE.getApplication();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLICATION__OWNER = eINSTANCE.getApplication_Owner();

		/**
		 * The meta object literal for the '<em><b>Runtimes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__RUNTIMES = eINSTANCE.getApplication_Runtimes();

		/**
		 * The meta object literal for the '<em><b>Process Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__PROCESS_GROUPS = eINSTANCE.getApplication_ProcessGroups();

		/**
		 * The meta object literal for the '<em><b>Jobs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__JOBS = eINSTANCE.getApplication_Jobs();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.ActorRuntimeImpl <em>Actor Runtime</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.ActorRuntimeImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getActorRuntime()
		 * @generated
		 */
		EClass ACTOR_RUNTIME = eINSTANCE.getActorRuntime();

		/**
		 * The meta object literal for the '<em><b>Vm</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTOR_RUNTIME__VM = eINSTANCE.getActorRuntime_Vm();

		/**
		 * The meta object literal for the '<em><b>Agent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR_RUNTIME__AGENT = eINSTANCE.getActorRuntime_Agent();

		/**
		 * The meta object literal for the '<em><b>Actors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTOR_RUNTIME__ACTORS = eINSTANCE.getActorRuntime_Actors();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.ActorImpl <em>Actor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.ActorImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getActor()
		 * @generated
		 */
		EClass ACTOR = eINSTANCE.getActor();

		/**
		 * The meta object literal for the '<em><b>State Size KB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__STATE_SIZE_KB = eINSTANCE.getActor_StateSizeKB();

		/**
		 * The meta object literal for the '<em><b>Partners</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTOR__PARTNERS = eINSTANCE.getActor_Partners();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__USER = eINSTANCE.getActor_User();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.ProcessGroupImpl <em>Process Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.ProcessGroupImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getProcessGroup()
		 * @generated
		 */
		EClass PROCESS_GROUP = eINSTANCE.getProcessGroup();

		/**
		 * The meta object literal for the '<em><b>Vm</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_GROUP__VM = eINSTANCE.getProcessGroup_Vm();

		/**
		 * The meta object literal for the '<em><b>Processes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_GROUP__PROCESSES = eINSTANCE.getProcessGroup_Processes();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.GuestProcessImpl <em>Guest Process</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.GuestProcessImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getGuestProcess()
		 * @generated
		 */
		EClass GUEST_PROCESS = eINSTANCE.getGuestProcess();

		/**
		 * The meta object literal for the '<em><b>Cpu Demand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUEST_PROCESS__CPU_DEMAND = eINSTANCE.getGuestProcess_CpuDemand();

		/**
		 * The meta object literal for the '<em><b>Memory MB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUEST_PROCESS__MEMORY_MB = eINSTANCE.getGuestProcess_MemoryMB();

		/**
		 * The meta object literal for the '<em><b>Runtime S</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUEST_PROCESS__RUNTIME_S = eINSTANCE.getGuestProcess_RuntimeS();

		/**
		 * The meta object literal for the '<em><b>Disk</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUEST_PROCESS__DISK = eINSTANCE.getGuestProcess_Disk();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.JobImpl <em>Job</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.JobImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getJob()
		 * @generated
		 */
		EClass JOB = eINSTANCE.getJob();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__KIND = eINSTANCE.getJob_Kind();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__OWNER = eINSTANCE.getJob_Owner();

		/**
		 * The meta object literal for the '<em><b>Vms</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB__VMS = eINSTANCE.getJob_Vms();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__NODES = eINSTANCE.getJob_Nodes();

		/**
		 * The meta object literal for the '<em><b>Threads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__THREADS = eINSTANCE.getJob_Threads();

		/**
		 * The meta object literal for the '<em><b>Problem Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__PROBLEM_SIZE = eINSTANCE.getJob_ProblemSize();

		/**
		 * The meta object literal for the '<em><b>Iterations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__ITERATIONS = eINSTANCE.getJob_Iterations();

		/**
		 * The meta object literal for the '<em><b>Memory MB</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__MEMORY_MB = eINSTANCE.getJob_MemoryMB();

		/**
		 * The meta object literal for the '<em><b>Duration S</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__DURATION_S = eINSTANCE.getJob_DurationS();

		/**
		 * The meta object literal for the '<em><b>Actor Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__ACTOR_COUNT = eINSTANCE.getJob_ActorCount();

		/**
		 * The meta object literal for the '<em><b>Spinlock</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB__SPINLOCK = eINSTANCE.getJob_Spinlock();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.SpinlockProfileImpl <em>Spinlock Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.SpinlockProfileImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getSpinlockProfile()
		 * @generated
		 */
		EClass SPINLOCK_PROFILE = eINSTANCE.getSpinlockProfile();

		/**
		 * The meta object literal for the '<em><b>Mean Hold Us</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPINLOCK_PROFILE__MEAN_HOLD_US = eINSTANCE.getSpinlockProfile_MeanHoldUs();

		/**
		 * The meta object literal for the '<em><b>Calls Per Window</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPINLOCK_PROFILE__CALLS_PER_WINDOW = eINSTANCE.getSpinlockProfile_CallsPerWindow();

		/**
		 * The meta object literal for the '<em><b>Irq Mean Hold Us</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPINLOCK_PROFILE__IRQ_MEAN_HOLD_US = eINSTANCE.getSpinlockProfile_IrqMeanHoldUs();

		/**
		 * The meta object literal for the '<em><b>Irq Calls Per Window</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPINLOCK_PROFILE__IRQ_CALLS_PER_WINDOW = eINSTANCE.getSpinlockProfile_IrqCallsPerWindow();

		/**
		 * The meta object literal for the '<em><b>Window S</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPINLOCK_PROFILE__WINDOW_S = eINSTANCE.getSpinlockProfile_WindowS();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.ExperimentImpl <em>Experiment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.ExperimentImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getExperiment()
		 * @generated
		 */
		EClass EXPERIMENT = eINSTANCE.getExperiment();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__MODEL = eINSTANCE.getExperiment_Model();

		/**
		 * The meta object literal for the '<em><b>Engine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__ENGINE = eINSTANCE.getExperiment_Engine();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__SEED = eINSTANCE.getExperiment_Seed();

		/**
		 * The meta object literal for the '<em><b>Duration S</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__DURATION_S = eINSTANCE.getExperiment_DurationS();

		/**
		 * The meta object literal for the '<em><b>Repetitions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__REPETITIONS = eINSTANCE.getExperiment_Repetitions();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__STEPS = eINSTANCE.getExperiment_Steps();

		/**
		 * The meta object literal for the '<em><b>Policies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__POLICIES = eINSTANCE.getExperiment_Policies();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__RESULTS = eINSTANCE.getExperiment_Results();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.ScenarioStepImpl <em>Scenario Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.ScenarioStepImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getScenarioStep()
		 * @generated
		 */
		EClass SCENARIO_STEP = eINSTANCE.getScenarioStep();

		/**
		 * The meta object literal for the '<em><b>At S</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_STEP__AT_S = eINSTANCE.getScenarioStep_AtS();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_STEP__ACTION = eINSTANCE.getScenarioStep_Action();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO_STEP__TARGETS = eINSTANCE.getScenarioStep_Targets();

		/**
		 * The meta object literal for the '<em><b>Destination</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO_STEP__DESTINATION = eINSTANCE.getScenarioStep_Destination();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO_STEP__PARAMETERS = eINSTANCE.getScenarioStep_Parameters();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.PolicyChoiceImpl <em>Policy Choice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.PolicyChoiceImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getPolicyChoice()
		 * @generated
		 */
		EClass POLICY_CHOICE = eINSTANCE.getPolicyChoice();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_CHOICE__KIND = eINSTANCE.getPolicyChoice_Kind();

		/**
		 * The meta object literal for the '<em><b>Implementation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_CHOICE__IMPLEMENTATION = eINSTANCE.getPolicyChoice_Implementation();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_CHOICE__PARAMETERS = eINSTANCE.getPolicyChoice_Parameters();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.ParameterImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALUE = eINSTANCE.getParameter_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__UNIT = eINSTANCE.getParameter_Unit();

		/**
		 * The meta object literal for the '<em><b>Minimum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__MINIMUM = eINSTANCE.getParameter_Minimum();

		/**
		 * The meta object literal for the '<em><b>Maximum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__MAXIMUM = eINSTANCE.getParameter_Maximum();

		/**
		 * The meta object literal for the '<em><b>Assumption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__ASSUMPTION = eINSTANCE.getParameter_Assumption();

		/**
		 * The meta object literal for the '{@link org.orrery.model.impl.ResultSeriesImpl <em>Result Series</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.impl.ResultSeriesImpl
		 * @see org.orrery.model.impl.OrreryPackageImpl#getResultSeries()
		 * @generated
		 */
		EClass RESULT_SERIES = eINSTANCE.getResultSeries();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT_SERIES__METRIC = eINSTANCE.getResultSeries_Metric();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT_SERIES__UNIT = eINSTANCE.getResultSeries_Unit();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULT_SERIES__SUBJECT = eINSTANCE.getResultSeries_Subject();

		/**
		 * The meta object literal for the '<em><b>Times</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT_SERIES__TIMES = eINSTANCE.getResultSeries_Times();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT_SERIES__VALUES = eINSTANCE.getResultSeries_Values();

		/**
		 * The meta object literal for the '{@link org.orrery.model.CloudKind <em>Cloud Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.CloudKind
		 * @see org.orrery.model.impl.OrreryPackageImpl#getCloudKind()
		 * @generated
		 */
		EEnum CLOUD_KIND = eINSTANCE.getCloudKind();

		/**
		 * The meta object literal for the '{@link org.orrery.model.CloudToolkit <em>Cloud Toolkit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.CloudToolkit
		 * @see org.orrery.model.impl.OrreryPackageImpl#getCloudToolkit()
		 * @generated
		 */
		EEnum CLOUD_TOOLKIT = eINSTANCE.getCloudToolkit();

		/**
		 * The meta object literal for the '{@link org.orrery.model.HypervisorKind <em>Hypervisor Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.HypervisorKind
		 * @see org.orrery.model.impl.OrreryPackageImpl#getHypervisorKind()
		 * @generated
		 */
		EEnum HYPERVISOR_KIND = eINSTANCE.getHypervisorKind();

		/**
		 * The meta object literal for the '{@link org.orrery.model.Architecture <em>Architecture</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.Architecture
		 * @see org.orrery.model.impl.OrreryPackageImpl#getArchitecture()
		 * @generated
		 */
		EEnum ARCHITECTURE = eINSTANCE.getArchitecture();

		/**
		 * The meta object literal for the '{@link org.orrery.model.PowerState <em>Power State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.PowerState
		 * @see org.orrery.model.impl.OrreryPackageImpl#getPowerState()
		 * @generated
		 */
		EEnum POWER_STATE = eINSTANCE.getPowerState();

		/**
		 * The meta object literal for the '{@link org.orrery.model.DatastoreKind <em>Datastore Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.DatastoreKind
		 * @see org.orrery.model.impl.OrreryPackageImpl#getDatastoreKind()
		 * @generated
		 */
		EEnum DATASTORE_KIND = eINSTANCE.getDatastoreKind();

		/**
		 * The meta object literal for the '{@link org.orrery.model.LinkKind <em>Link Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.LinkKind
		 * @see org.orrery.model.impl.OrreryPackageImpl#getLinkKind()
		 * @generated
		 */
		EEnum LINK_KIND = eINSTANCE.getLinkKind();

		/**
		 * The meta object literal for the '{@link org.orrery.model.RouterKind <em>Router Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.RouterKind
		 * @see org.orrery.model.impl.OrreryPackageImpl#getRouterKind()
		 * @generated
		 */
		EEnum ROUTER_KIND = eINSTANCE.getRouterKind();

		/**
		 * The meta object literal for the '{@link org.orrery.model.VmState <em>Vm State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.VmState
		 * @see org.orrery.model.impl.OrreryPackageImpl#getVmState()
		 * @generated
		 */
		EEnum VM_STATE = eINSTANCE.getVmState();

		/**
		 * The meta object literal for the '{@link org.orrery.model.VmRole <em>Vm Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.VmRole
		 * @see org.orrery.model.impl.OrreryPackageImpl#getVmRole()
		 * @generated
		 */
		EEnum VM_ROLE = eINSTANCE.getVmRole();

		/**
		 * The meta object literal for the '{@link org.orrery.model.DiskFormat <em>Disk Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.DiskFormat
		 * @see org.orrery.model.impl.OrreryPackageImpl#getDiskFormat()
		 * @generated
		 */
		EEnum DISK_FORMAT = eINSTANCE.getDiskFormat();

		/**
		 * The meta object literal for the '{@link org.orrery.model.ImageKind <em>Image Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.ImageKind
		 * @see org.orrery.model.impl.OrreryPackageImpl#getImageKind()
		 * @generated
		 */
		EEnum IMAGE_KIND = eINSTANCE.getImageKind();

		/**
		 * The meta object literal for the '{@link org.orrery.model.SubstrateKind <em>Substrate Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.SubstrateKind
		 * @see org.orrery.model.impl.OrreryPackageImpl#getSubstrateKind()
		 * @generated
		 */
		EEnum SUBSTRATE_KIND = eINSTANCE.getSubstrateKind();

		/**
		 * The meta object literal for the '{@link org.orrery.model.OverlayKind <em>Overlay Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.OverlayKind
		 * @see org.orrery.model.impl.OrreryPackageImpl#getOverlayKind()
		 * @generated
		 */
		EEnum OVERLAY_KIND = eINSTANCE.getOverlayKind();

		/**
		 * The meta object literal for the '{@link org.orrery.model.TunnelProtocol <em>Tunnel Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.TunnelProtocol
		 * @see org.orrery.model.impl.OrreryPackageImpl#getTunnelProtocol()
		 * @generated
		 */
		EEnum TUNNEL_PROTOCOL = eINSTANCE.getTunnelProtocol();

		/**
		 * The meta object literal for the '{@link org.orrery.model.InstanceRole <em>Instance Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.InstanceRole
		 * @see org.orrery.model.impl.OrreryPackageImpl#getInstanceRole()
		 * @generated
		 */
		EEnum INSTANCE_ROLE = eINSTANCE.getInstanceRole();

		/**
		 * The meta object literal for the '{@link org.orrery.model.PhoneInstanceState <em>Phone Instance State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.PhoneInstanceState
		 * @see org.orrery.model.impl.OrreryPackageImpl#getPhoneInstanceState()
		 * @generated
		 */
		EEnum PHONE_INSTANCE_STATE = eINSTANCE.getPhoneInstanceState();

		/**
		 * The meta object literal for the '{@link org.orrery.model.JobKind <em>Job Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.JobKind
		 * @see org.orrery.model.impl.OrreryPackageImpl#getJobKind()
		 * @generated
		 */
		EEnum JOB_KIND = eINSTANCE.getJobKind();

		/**
		 * The meta object literal for the '{@link org.orrery.model.Engine <em>Engine</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.Engine
		 * @see org.orrery.model.impl.OrreryPackageImpl#getEngine()
		 * @generated
		 */
		EEnum ENGINE = eINSTANCE.getEngine();

		/**
		 * The meta object literal for the '{@link org.orrery.model.StepAction <em>Step Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.StepAction
		 * @see org.orrery.model.impl.OrreryPackageImpl#getStepAction()
		 * @generated
		 */
		EEnum STEP_ACTION = eINSTANCE.getStepAction();

		/**
		 * The meta object literal for the '{@link org.orrery.model.PolicyKind <em>Policy Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.orrery.model.PolicyKind
		 * @see org.orrery.model.impl.OrreryPackageImpl#getPolicyKind()
		 * @generated
		 */
		EEnum POLICY_KIND = eINSTANCE.getPolicyKind();

	}

} //OrreryPackage
