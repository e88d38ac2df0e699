/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.orrery.model.Actor;
import org.orrery.model.ActorRuntime;
import org.orrery.model.Application;
import org.orrery.model.Architecture;
import org.orrery.model.Clone;
import org.orrery.model.Cloud;
import org.orrery.model.CloudKind;
import org.orrery.model.CloudToolkit;
import org.orrery.model.Datastore;
import org.orrery.model.DatastoreKind;
import org.orrery.model.Disk;
import org.orrery.model.DiskFormat;
import org.orrery.model.Engine;
import org.orrery.model.Experiment;
import org.orrery.model.Federation;
import org.orrery.model.GuestProcess;
import org.orrery.model.Host;
import org.orrery.model.HypervisorKind;
import org.orrery.model.Image;
import org.orrery.model.ImageKind;
import org.orrery.model.InstanceRole;
import org.orrery.model.InstanceType;
import org.orrery.model.Job;
import org.orrery.model.JobKind;
import org.orrery.model.LinkKind;
import org.orrery.model.MemoryProfile;
import org.orrery.model.NamedElement;
import org.orrery.model.NetworkEndpoint;
import org.orrery.model.NetworkInterface;
import org.orrery.model.NetworkLink;
import org.orrery.model.OrreryFactory;
import org.orrery.model.OrreryPackage;
import org.orrery.model.OverlayKind;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.OverlayNode;
import org.orrery.model.OverlayRouter;
import org.orrery.model.Parameter;
import org.orrery.model.Phone;
import org.orrery.model.PhoneInstance;
import org.orrery.model.PhoneInstanceState;
import org.orrery.model.PhysicalCpu;
import org.orrery.model.PolicyChoice;
import org.orrery.model.PolicyKind;
import org.orrery.model.PowerState;
import org.orrery.model.ProcessGroup;
import org.orrery.model.ResultSeries;
import org.orrery.model.Router;
import org.orrery.model.RouterKind;
import org.orrery.model.ScenarioStep;
import org.orrery.model.Site;
import org.orrery.model.SpinlockProfile;
import org.orrery.model.StepAction;
import org.orrery.model.Subnet;
import org.orrery.model.Substrate;
import org.orrery.model.SubstrateKind;
import org.orrery.model.SubstratePool;
import org.orrery.model.SwitchDaemon;
import org.orrery.model.SyncPolicy;
import org.orrery.model.Tunnel;
import org.orrery.model.TunnelProtocol;
import org.orrery.model.VirtualCpu;
import org.orrery.model.VirtualMachine;
import org.orrery.model.VmRole;
import org.orrery.model.VmState;
import org.orrery.model.World;

import org.orrery.model.notation.NotationPackage;

import org.orrery.model.notation.impl.NotationPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class OrreryPackageImpl extends EPackageImpl implements OrreryPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkEndpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass worldEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass federationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cloudEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass instanceTypeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass siteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass physicalCpuEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass datastoreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass routerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass virtualMachineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass virtualCpuEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkInterfaceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass memoryProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass imageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass substrateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass substratePoolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass overlayNetworkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subnetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass overlayNodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass switchDaemonEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass overlayRouterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tunnelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass phoneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass phoneInstanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cloneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass syncPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass applicationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actorRuntimeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass processGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass guestProcessEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass jobEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spinlockProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass experimentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyChoiceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass parameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resultSeriesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cloudKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cloudToolkitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hypervisorKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum architectureEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum powerStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum datastoreKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum linkKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum routerKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum vmStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum vmRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum diskFormatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum imageKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum substrateKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum overlayKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum tunnelProtocolEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum instanceRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum phoneInstanceStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum jobKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum engineEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stepActionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum policyKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.orrery.model.OrreryPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private OrreryPackageImpl() {
		super(eNS_URI, OrreryFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link OrreryPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static OrreryPackage init() {
		if (isInited) return (OrreryPackage)EPackage.Registry.INSTANCE.getEPackage(OrreryPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredOrreryPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		OrreryPackageImpl theOrreryPackage = registeredOrreryPackage instanceof OrreryPackageImpl ? (OrreryPackageImpl)registeredOrreryPackage : new OrreryPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NotationPackage.eNS_URI);
		NotationPackageImpl theNotationPackage = (NotationPackageImpl)(registeredPackage instanceof NotationPackageImpl ? registeredPackage : NotationPackage.eINSTANCE);

		// Create package meta-data objects
		theOrreryPackage.createPackageContents();
		theNotationPackage.createPackageContents();

		// Initialize created meta-data
		theOrreryPackage.initializePackageContents();
		theNotationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theOrreryPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(OrreryPackage.eNS_URI, theOrreryPackage);
		return theOrreryPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Id() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Description() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkEndpoint() {
		return networkEndpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorld() {
		return worldEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorld_FormatVersion() {
		return (EAttribute)worldEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorld_Clouds() {
		return (EReference)worldEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorld_Federations() {
		return (EReference)worldEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorld_Links() {
		return (EReference)worldEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorld_Overlays() {
		return (EReference)worldEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorld_Phones() {
		return (EReference)worldEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorld_Applications() {
		return (EReference)worldEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorld_Experiments() {
		return (EReference)worldEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFederation() {
		return federationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFederation_Members() {
		return (EReference)federationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFederation_Overlay() {
		return (EReference)federationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFederation_ContextBroker() {
		return (EAttribute)federationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCloud() {
		return cloudEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCloud_Kind() {
		return (EAttribute)cloudEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCloud_Toolkit() {
		return (EAttribute)cloudEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCloud_Sites() {
		return (EReference)cloudEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCloud_VirtualMachines() {
		return (EReference)cloudEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCloud_InstanceTypes() {
		return (EReference)cloudEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCloud_SubstratePools() {
		return (EReference)cloudEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstanceType() {
		return instanceTypeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstanceType_Vcpus() {
		return (EAttribute)instanceTypeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstanceType_MemoryMB() {
		return (EAttribute)instanceTypeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstanceType_PricePerHour() {
		return (EAttribute)instanceTypeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstanceType_ServiceFeePerHour() {
		return (EAttribute)instanceTypeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSite() {
		return siteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Subnet() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Location() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Hosts() {
		return (EReference)siteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Datastores() {
		return (EReference)siteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Routers() {
		return (EReference)siteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHost() {
		return hostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_Pcpus() {
		return (EReference)hostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_MemoryMB() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Hypervisor() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Architecture() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_CpuModel() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_ClockGHz() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_LibvirtUri() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_PowerState() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_OptimalUtilization() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_CpuOvercommit() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_MemoryOvercommit() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_Datastores() {
		return (EReference)hostEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_VirtualMachines() {
		return (EReference)hostEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPhysicalCpu() {
		return physicalCpuEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhysicalCpu_Index() {
		return (EAttribute)physicalCpuEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhysicalCpu_Socket() {
		return (EAttribute)physicalCpuEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhysicalCpu_Core() {
		return (EAttribute)physicalCpuEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDatastore() {
		return datastoreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatastore_Kind() {
		return (EAttribute)datastoreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatastore_CapacityGB() {
		return (EAttribute)datastoreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatastore_BandwidthMBps() {
		return (EAttribute)datastoreEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDatastore_Images() {
		return (EReference)datastoreEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkLink() {
		return networkLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkLink_Source() {
		return (EReference)networkLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkLink_Target() {
		return (EReference)networkLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkLink_Kind() {
		return (EAttribute)networkLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkLink_BandwidthMbps() {
		return (EAttribute)networkLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkLink_LatencyMs() {
		return (EAttribute)networkLinkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRouter() {
		return routerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRouter_Kind() {
		return (EAttribute)routerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRouter_Address() {
		return (EAttribute)routerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVirtualMachine() {
		return virtualMachineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_Host() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_State() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_Vcpus() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_MemoryMB() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_Architecture() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_Role() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_CpuWeight() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_BootTimeS() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_Disks() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_Nics() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_MemoryProfile() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_InstanceType() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_ActivatedFrom() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_SplitFrom() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_Owner() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVirtualCpu() {
		return virtualCpuEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualCpu_Index() {
		return (EAttribute)virtualCpuEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualCpu_Affinity() {
		return (EReference)virtualCpuEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualCpu_Weight() {
		return (EAttribute)virtualCpuEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualCpu_Online() {
		return (EAttribute)virtualCpuEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDisk() {
		return diskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Format() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_SizeGB() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDisk_Datastore() {
		return (EReference)diskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDisk_BackingImage() {
		return (EReference)diskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDisk_BackingDisk() {
		return (EReference)diskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_ReadOnly() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Target() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkInterface() {
		return networkInterfaceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_Mac() {
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkInterface_Ip() {
		return (EAttribute)networkInterfaceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkInterface_Overlay() {
		return (EReference)networkInterfaceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkInterface_Subnet() {
		return (EReference)networkInterfaceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMemoryProfile() {
		return memoryProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryProfile_DirtyRatePagesPerS() {
		return (EAttribute)memoryProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryProfile_WritableWorkingSetMB() {
		return (EAttribute)memoryProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryProfile_UsedMB() {
		return (EAttribute)memoryProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryProfile_IntraDuplicateFraction() {
		return (EAttribute)memoryProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryProfile_SharedWithPeersMB() {
		return (EAttribute)memoryProfileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImage() {
		return imageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_Format() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_Kind() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_SizeMB() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_CompressedSizeMB() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_Architecture() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_OperatingSystem() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImage_Backing() {
		return (EReference)imageEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubstrate() {
		return substrateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubstrate_Kind() {
		return (EAttribute)substrateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubstrate_RawSizeMB() {
		return (EAttribute)substrateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubstrate_CompressedSizeMB() {
		return (EAttribute)substrateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubstrate_Origin() {
		return (EReference)substrateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubstrate_Image() {
		return (EReference)substrateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubstrate_Applications() {
		return (EAttribute)substrateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubstrate_Owner() {
		return (EAttribute)substrateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubstratePool() {
		return substratePoolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubstratePool_Server() {
		return (EReference)substratePoolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubstratePool_CapacityMB() {
		return (EAttribute)substratePoolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubstratePool_MulticastMBps() {
		return (EAttribute)substratePoolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubstratePool_DecompressMBps() {
		return (EAttribute)substratePoolEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubstratePool_DockingMarginMB() {
		return (EAttribute)substratePoolEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubstratePool_Substrates() {
		return (EReference)substratePoolEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOverlayNetwork() {
		return overlayNetworkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOverlayNetwork_Kind() {
		return (EAttribute)overlayNetworkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOverlayNetwork_Subnets() {
		return (EReference)overlayNetworkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOverlayNetwork_Nodes() {
		return (EReference)overlayNetworkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOverlayNetwork_Tunnels() {
		return (EReference)overlayNetworkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOverlayNetwork_Mtu() {
		return (EAttribute)overlayNetworkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOverlayNetwork_TableAgeingS() {
		return (EAttribute)overlayNetworkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOverlayNetwork_Owner() {
		return (EAttribute)overlayNetworkEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubnet() {
		return subnetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubnet_Cidr() {
		return (EAttribute)subnetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubnet_Gateway() {
		return (EAttribute)subnetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOverlayNode() {
		return overlayNodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOverlayNode_Host() {
		return (EReference)overlayNodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSwitchDaemon() {
		return switchDaemonEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSwitchDaemon_Port() {
		return (EAttribute)switchDaemonEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOverlayRouter() {
		return overlayRouterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOverlayRouter_Subnets() {
		return (EReference)overlayRouterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOverlayRouter_PublicAddress() {
		return (EAttribute)overlayRouterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOverlayRouter_MessageDelayMs() {
		return (EAttribute)overlayRouterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTunnel() {
		return tunnelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTunnel_Source() {
		return (EReference)tunnelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTunnel_Target() {
		return (EReference)tunnelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTunnel_Protocol() {
		return (EAttribute)tunnelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPhone() {
		return phoneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhone_Soc() {
		return (EAttribute)phoneEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhone_Cores() {
		return (EAttribute)phoneEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhone_ClockGHz() {
		return (EAttribute)phoneEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhone_MemoryMB() {
		return (EAttribute)phoneEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhone_StorageGB() {
		return (EAttribute)phoneEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhone_Architecture() {
		return (EAttribute)phoneEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhone_VirtualizationOverhead() {
		return (EAttribute)phoneEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPhone_Instances() {
		return (EReference)phoneEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPhoneInstance() {
		return phoneInstanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhoneInstance_Role() {
		return (EAttribute)phoneInstanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhoneInstance_State() {
		return (EAttribute)phoneInstanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhoneInstance_PendingChangesKB() {
		return (EAttribute)phoneInstanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPhoneInstance_Clone() {
		return (EReference)phoneInstanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPhoneInstance_SyncPolicy() {
		return (EReference)phoneInstanceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClone() {
		return cloneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClone_Instance() {
		return (EReference)cloneEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClone_SpeedUp() {
		return (EAttribute)cloneEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSyncPolicy() {
		return syncPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncPolicy_ThresholdKB() {
		return (EAttribute)syncPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncPolicy_WifiBandwidthMbps() {
		return (EAttribute)syncPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncPolicy_InputEventRatePerS() {
		return (EAttribute)syncPolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncPolicy_RadioPowerW() {
		return (EAttribute)syncPolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncPolicy_CpuPowerW() {
		return (EAttribute)syncPolicyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApplication() {
		return applicationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApplication_Owner() {
		return (EAttribute)applicationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplication_Runtimes() {
		return (EReference)applicationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplication_ProcessGroups() {
		return (EReference)applicationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplication_Jobs() {
		return (EReference)applicationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActorRuntime() {
		return actorRuntimeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActorRuntime_Vm() {
		return (EReference)actorRuntimeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActorRuntime_Agent() {
		return (EAttribute)actorRuntimeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActorRuntime_Actors() {
		return (EReference)actorRuntimeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActor() {
		return actorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_StateSizeKB() {
		return (EAttribute)actorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActor_Partners() {
		return (EReference)actorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_User() {
		return (EAttribute)actorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProcessGroup() {
		return processGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessGroup_Vm() {
		return (EReference)processGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessGroup_Processes() {
		return (EReference)processGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGuestProcess() {
		return guestProcessEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuestProcess_CpuDemand() {
		return (EAttribute)guestProcessEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuestProcess_MemoryMB() {
		return (EAttribute)guestProcessEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuestProcess_RuntimeS() {
		return (EAttribute)guestProcessEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuestProcess_Disk() {
		return (EReference)guestProcessEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJob() {
		return jobEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJob_Kind() {
		return (EAttribute)jobEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJob_Owner() {
		return (EAttribute)jobEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJob_Vms() {
		return (EReference)jobEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJob_Nodes() {
		return (EAttribute)jobEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJob_Threads() {
		return (EAttribute)jobEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJob_ProblemSize() {
		return (EAttribute)jobEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJob_Iterations() {
		return (EAttribute)jobEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJob_MemoryMB() {
		return (EAttribute)jobEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJob_DurationS() {
		return (EAttribute)jobEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJob_ActorCount() {
		return (EAttribute)jobEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJob_Spinlock() {
		return (EReference)jobEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpinlockProfile() {
		return spinlockProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpinlockProfile_MeanHoldUs() {
		return (EAttribute)spinlockProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpinlockProfile_CallsPerWindow() {
		return (EAttribute)spinlockProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpinlockProfile_IrqMeanHoldUs() {
		return (EAttribute)spinlockProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpinlockProfile_IrqCallsPerWindow() {
		return (EAttribute)spinlockProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpinlockProfile_WindowS() {
		return (EAttribute)spinlockProfileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExperiment() {
		return experimentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Model() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Engine() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Seed() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_DurationS() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Repetitions() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Steps() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Policies() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Results() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenarioStep() {
		return scenarioStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenarioStep_AtS() {
		return (EAttribute)scenarioStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenarioStep_Action() {
		return (EAttribute)scenarioStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenarioStep_Targets() {
		return (EReference)scenarioStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenarioStep_Destination() {
		return (EReference)scenarioStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenarioStep_Parameters() {
		return (EReference)scenarioStepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicyChoice() {
		return policyChoiceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyChoice_Kind() {
		return (EAttribute)policyChoiceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyChoice_Implementation() {
		return (EAttribute)policyChoiceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyChoice_Parameters() {
		return (EReference)policyChoiceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParameter() {
		return parameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Value() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Unit() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Minimum() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Maximum() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Assumption() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResultSeries() {
		return resultSeriesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResultSeries_Metric() {
		return (EAttribute)resultSeriesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResultSeries_Unit() {
		return (EAttribute)resultSeriesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResultSeries_Subject() {
		return (EReference)resultSeriesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResultSeries_Times() {
		return (EAttribute)resultSeriesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResultSeries_Values() {
		return (EAttribute)resultSeriesEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCloudKind() {
		return cloudKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCloudToolkit() {
		return cloudToolkitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHypervisorKind() {
		return hypervisorKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArchitecture() {
		return architectureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPowerState() {
		return powerStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDatastoreKind() {
		return datastoreKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLinkKind() {
		return linkKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRouterKind() {
		return routerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVmState() {
		return vmStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVmRole() {
		return vmRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDiskFormat() {
		return diskFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getImageKind() {
		return imageKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSubstrateKind() {
		return substrateKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOverlayKind() {
		return overlayKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTunnelProtocol() {
		return tunnelProtocolEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInstanceRole() {
		return instanceRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPhoneInstanceState() {
		return phoneInstanceStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getJobKind() {
		return jobKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEngine() {
		return engineEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStepAction() {
		return stepActionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPolicyKind() {
		return policyKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrreryFactory getOrreryFactory() {
		return (OrreryFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__ID);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__DESCRIPTION);

		networkEndpointEClass = createEClass(NETWORK_ENDPOINT);

		worldEClass = createEClass(WORLD);
		createEAttribute(worldEClass, WORLD__FORMAT_VERSION);
		createEReference(worldEClass, WORLD__CLOUDS);
		createEReference(worldEClass, WORLD__FEDERATIONS);
		createEReference(worldEClass, WORLD__LINKS);
		createEReference(worldEClass, WORLD__OVERLAYS);
		createEReference(worldEClass, WORLD__PHONES);
		createEReference(worldEClass, WORLD__APPLICATIONS);
		createEReference(worldEClass, WORLD__EXPERIMENTS);

		federationEClass = createEClass(FEDERATION);
		createEReference(federationEClass, FEDERATION__MEMBERS);
		createEReference(federationEClass, FEDERATION__OVERLAY);
		createEAttribute(federationEClass, FEDERATION__CONTEXT_BROKER);

		cloudEClass = createEClass(CLOUD);
		createEAttribute(cloudEClass, CLOUD__KIND);
		createEAttribute(cloudEClass, CLOUD__TOOLKIT);
		createEReference(cloudEClass, CLOUD__SITES);
		createEReference(cloudEClass, CLOUD__VIRTUAL_MACHINES);
		createEReference(cloudEClass, CLOUD__INSTANCE_TYPES);
		createEReference(cloudEClass, CLOUD__SUBSTRATE_POOLS);

		instanceTypeEClass = createEClass(INSTANCE_TYPE);
		createEAttribute(instanceTypeEClass, INSTANCE_TYPE__VCPUS);
		createEAttribute(instanceTypeEClass, INSTANCE_TYPE__MEMORY_MB);
		createEAttribute(instanceTypeEClass, INSTANCE_TYPE__PRICE_PER_HOUR);
		createEAttribute(instanceTypeEClass, INSTANCE_TYPE__SERVICE_FEE_PER_HOUR);

		siteEClass = createEClass(SITE);
		createEAttribute(siteEClass, SITE__SUBNET);
		createEAttribute(siteEClass, SITE__LOCATION);
		createEReference(siteEClass, SITE__HOSTS);
		createEReference(siteEClass, SITE__DATASTORES);
		createEReference(siteEClass, SITE__ROUTERS);

		hostEClass = createEClass(HOST);
		createEReference(hostEClass, HOST__PCPUS);
		createEAttribute(hostEClass, HOST__MEMORY_MB);
		createEAttribute(hostEClass, HOST__HYPERVISOR);
		createEAttribute(hostEClass, HOST__ARCHITECTURE);
		createEAttribute(hostEClass, HOST__CPU_MODEL);
		createEAttribute(hostEClass, HOST__CLOCK_GHZ);
		createEAttribute(hostEClass, HOST__LIBVIRT_URI);
		createEAttribute(hostEClass, HOST__POWER_STATE);
		createEAttribute(hostEClass, HOST__OPTIMAL_UTILIZATION);
		createEAttribute(hostEClass, HOST__CPU_OVERCOMMIT);
		createEAttribute(hostEClass, HOST__MEMORY_OVERCOMMIT);
		createEReference(hostEClass, HOST__DATASTORES);
		createEReference(hostEClass, HOST__VIRTUAL_MACHINES);

		physicalCpuEClass = createEClass(PHYSICAL_CPU);
		createEAttribute(physicalCpuEClass, PHYSICAL_CPU__INDEX);
		createEAttribute(physicalCpuEClass, PHYSICAL_CPU__SOCKET);
		createEAttribute(physicalCpuEClass, PHYSICAL_CPU__CORE);

		datastoreEClass = createEClass(DATASTORE);
		createEAttribute(datastoreEClass, DATASTORE__KIND);
		createEAttribute(datastoreEClass, DATASTORE__CAPACITY_GB);
		createEAttribute(datastoreEClass, DATASTORE__BANDWIDTH_MBPS);
		createEReference(datastoreEClass, DATASTORE__IMAGES);

		networkLinkEClass = createEClass(NETWORK_LINK);
		createEReference(networkLinkEClass, NETWORK_LINK__SOURCE);
		createEReference(networkLinkEClass, NETWORK_LINK__TARGET);
		createEAttribute(networkLinkEClass, NETWORK_LINK__KIND);
		createEAttribute(networkLinkEClass, NETWORK_LINK__BANDWIDTH_MBPS);
		createEAttribute(networkLinkEClass, NETWORK_LINK__LATENCY_MS);

		routerEClass = createEClass(ROUTER);
		createEAttribute(routerEClass, ROUTER__KIND);
		createEAttribute(routerEClass, ROUTER__ADDRESS);

		virtualMachineEClass = createEClass(VIRTUAL_MACHINE);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__HOST);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__STATE);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__VCPUS);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__MEMORY_MB);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__ARCHITECTURE);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__ROLE);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__CPU_WEIGHT);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__BOOT_TIME_S);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__DISKS);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__NICS);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__MEMORY_PROFILE);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__INSTANCE_TYPE);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__ACTIVATED_FROM);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__SPLIT_FROM);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__OWNER);

		virtualCpuEClass = createEClass(VIRTUAL_CPU);
		createEAttribute(virtualCpuEClass, VIRTUAL_CPU__INDEX);
		createEReference(virtualCpuEClass, VIRTUAL_CPU__AFFINITY);
		createEAttribute(virtualCpuEClass, VIRTUAL_CPU__WEIGHT);
		createEAttribute(virtualCpuEClass, VIRTUAL_CPU__ONLINE);

		diskEClass = createEClass(DISK);
		createEAttribute(diskEClass, DISK__FORMAT);
		createEAttribute(diskEClass, DISK__SIZE_GB);
		createEReference(diskEClass, DISK__DATASTORE);
		createEReference(diskEClass, DISK__BACKING_IMAGE);
		createEReference(diskEClass, DISK__BACKING_DISK);
		createEAttribute(diskEClass, DISK__READ_ONLY);
		createEAttribute(diskEClass, DISK__TARGET);

		networkInterfaceEClass = createEClass(NETWORK_INTERFACE);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__MAC);
		createEAttribute(networkInterfaceEClass, NETWORK_INTERFACE__IP);
		createEReference(networkInterfaceEClass, NETWORK_INTERFACE__OVERLAY);
		createEReference(networkInterfaceEClass, NETWORK_INTERFACE__SUBNET);

		memoryProfileEClass = createEClass(MEMORY_PROFILE);
		createEAttribute(memoryProfileEClass, MEMORY_PROFILE__DIRTY_RATE_PAGES_PER_S);
		createEAttribute(memoryProfileEClass, MEMORY_PROFILE__WRITABLE_WORKING_SET_MB);
		createEAttribute(memoryProfileEClass, MEMORY_PROFILE__USED_MB);
		createEAttribute(memoryProfileEClass, MEMORY_PROFILE__INTRA_DUPLICATE_FRACTION);
		createEAttribute(memoryProfileEClass, MEMORY_PROFILE__SHARED_WITH_PEERS_MB);

		imageEClass = createEClass(IMAGE);
		createEAttribute(imageEClass, IMAGE__FORMAT);
		createEAttribute(imageEClass, IMAGE__KIND);
		createEAttribute(imageEClass, IMAGE__SIZE_MB);
		createEAttribute(imageEClass, IMAGE__COMPRESSED_SIZE_MB);
		createEAttribute(imageEClass, IMAGE__ARCHITECTURE);
		createEAttribute(imageEClass, IMAGE__OPERATING_SYSTEM);
		createEReference(imageEClass, IMAGE__BACKING);

		substrateEClass = createEClass(SUBSTRATE);
		createEAttribute(substrateEClass, SUBSTRATE__KIND);
		createEAttribute(substrateEClass, SUBSTRATE__RAW_SIZE_MB);
		createEAttribute(substrateEClass, SUBSTRATE__COMPRESSED_SIZE_MB);
		createEReference(substrateEClass, SUBSTRATE__ORIGIN);
		createEReference(substrateEClass, SUBSTRATE__IMAGE);
		createEAttribute(substrateEClass, SUBSTRATE__APPLICATIONS);
		createEAttribute(substrateEClass, SUBSTRATE__OWNER);

		substratePoolEClass = createEClass(SUBSTRATE_POOL);
		createEReference(substratePoolEClass, SUBSTRATE_POOL__SERVER);
		createEAttribute(substratePoolEClass, SUBSTRATE_POOL__CAPACITY_MB);
		createEAttribute(substratePoolEClass, SUBSTRATE_POOL__MULTICAST_MBPS);
		createEAttribute(substratePoolEClass, SUBSTRATE_POOL__DECOMPRESS_MBPS);
		createEAttribute(substratePoolEClass, SUBSTRATE_POOL__DOCKING_MARGIN_MB);
		createEReference(substratePoolEClass, SUBSTRATE_POOL__SUBSTRATES);

		overlayNetworkEClass = createEClass(OVERLAY_NETWORK);
		createEAttribute(overlayNetworkEClass, OVERLAY_NETWORK__KIND);
		createEReference(overlayNetworkEClass, OVERLAY_NETWORK__SUBNETS);
		createEReference(overlayNetworkEClass, OVERLAY_NETWORK__NODES);
		createEReference(overlayNetworkEClass, OVERLAY_NETWORK__TUNNELS);
		createEAttribute(overlayNetworkEClass, OVERLAY_NETWORK__MTU);
		createEAttribute(overlayNetworkEClass, OVERLAY_NETWORK__TABLE_AGEING_S);
		createEAttribute(overlayNetworkEClass, OVERLAY_NETWORK__OWNER);

		subnetEClass = createEClass(SUBNET);
		createEAttribute(subnetEClass, SUBNET__CIDR);
		createEAttribute(subnetEClass, SUBNET__GATEWAY);

		overlayNodeEClass = createEClass(OVERLAY_NODE);
		createEReference(overlayNodeEClass, OVERLAY_NODE__HOST);

		switchDaemonEClass = createEClass(SWITCH_DAEMON);
		createEAttribute(switchDaemonEClass, SWITCH_DAEMON__PORT);

		overlayRouterEClass = createEClass(OVERLAY_ROUTER);
		createEReference(overlayRouterEClass, OVERLAY_ROUTER__SUBNETS);
		createEAttribute(overlayRouterEClass, OVERLAY_ROUTER__PUBLIC_ADDRESS);
		createEAttribute(overlayRouterEClass, OVERLAY_ROUTER__MESSAGE_DELAY_MS);

		tunnelEClass = createEClass(TUNNEL);
		createEReference(tunnelEClass, TUNNEL__SOURCE);
		createEReference(tunnelEClass, TUNNEL__TARGET);
		createEAttribute(tunnelEClass, TUNNEL__PROTOCOL);

		phoneEClass = createEClass(PHONE);
		createEAttribute(phoneEClass, PHONE__SOC);
		createEAttribute(phoneEClass, PHONE__CORES);
		createEAttribute(phoneEClass, PHONE__CLOCK_GHZ);
		createEAttribute(phoneEClass, PHONE__MEMORY_MB);
		createEAttribute(phoneEClass, PHONE__STORAGE_GB);
		createEAttribute(phoneEClass, PHONE__ARCHITECTURE);
		createEAttribute(phoneEClass, PHONE__VIRTUALIZATION_OVERHEAD);
		createEReference(phoneEClass, PHONE__INSTANCES);

		phoneInstanceEClass = createEClass(PHONE_INSTANCE);
		createEAttribute(phoneInstanceEClass, PHONE_INSTANCE__ROLE);
		createEAttribute(phoneInstanceEClass, PHONE_INSTANCE__STATE);
		createEAttribute(phoneInstanceEClass, PHONE_INSTANCE__PENDING_CHANGES_KB);
		createEReference(phoneInstanceEClass, PHONE_INSTANCE__CLONE);
		createEReference(phoneInstanceEClass, PHONE_INSTANCE__SYNC_POLICY);

		cloneEClass = createEClass(CLONE);
		createEReference(cloneEClass, CLONE__INSTANCE);
		createEAttribute(cloneEClass, CLONE__SPEED_UP);

		syncPolicyEClass = createEClass(SYNC_POLICY);
		createEAttribute(syncPolicyEClass, SYNC_POLICY__THRESHOLD_KB);
		createEAttribute(syncPolicyEClass, SYNC_POLICY__WIFI_BANDWIDTH_MBPS);
		createEAttribute(syncPolicyEClass, SYNC_POLICY__INPUT_EVENT_RATE_PER_S);
		createEAttribute(syncPolicyEClass, SYNC_POLICY__RADIO_POWER_W);
		createEAttribute(syncPolicyEClass, SYNC_POLICY__CPU_POWER_W);

		applicationEClass = createEClass(APPLICATION);
		createEAttribute(applicationEClass, APPLICATION__OWNER);
		createEReference(applicationEClass, APPLICATION__RUNTIMES);
		createEReference(applicationEClass, APPLICATION__PROCESS_GROUPS);
		createEReference(applicationEClass, APPLICATION__JOBS);

		actorRuntimeEClass = createEClass(ACTOR_RUNTIME);
		createEReference(actorRuntimeEClass, ACTOR_RUNTIME__VM);
		createEAttribute(actorRuntimeEClass, ACTOR_RUNTIME__AGENT);
		createEReference(actorRuntimeEClass, ACTOR_RUNTIME__ACTORS);

		actorEClass = createEClass(ACTOR);
		createEAttribute(actorEClass, ACTOR__STATE_SIZE_KB);
		createEReference(actorEClass, ACTOR__PARTNERS);
		createEAttribute(actorEClass, ACTOR__USER);

		processGroupEClass = createEClass(PROCESS_GROUP);
		createEReference(processGroupEClass, PROCESS_GROUP__VM);
		createEReference(processGroupEClass, PROCESS_GROUP__PROCESSES);

		guestProcessEClass = createEClass(GUEST_PROCESS);
		createEAttribute(guestProcessEClass, GUEST_PROCESS__CPU_DEMAND);
		createEAttribute(guestProcessEClass, GUEST_PROCESS__MEMORY_MB);
		createEAttribute(guestProcessEClass, GUEST_PROCESS__RUNTIME_S);
		createEReference(guestProcessEClass, GUEST_PROCESS__DISK);

		jobEClass = createEClass(JOB);
		createEAttribute(jobEClass, JOB__KIND);
		createEAttribute(jobEClass, JOB__OWNER);
		createEReference(jobEClass, JOB__VMS);
		createEAttribute(jobEClass, JOB__NODES);
		createEAttribute(jobEClass, JOB__THREADS);
		createEAttribute(jobEClass, JOB__PROBLEM_SIZE);
		createEAttribute(jobEClass, JOB__ITERATIONS);
		createEAttribute(jobEClass, JOB__MEMORY_MB);
		createEAttribute(jobEClass, JOB__DURATION_S);
		createEAttribute(jobEClass, JOB__ACTOR_COUNT);
		createEReference(jobEClass, JOB__SPINLOCK);

		spinlockProfileEClass = createEClass(SPINLOCK_PROFILE);
		createEAttribute(spinlockProfileEClass, SPINLOCK_PROFILE__MEAN_HOLD_US);
		createEAttribute(spinlockProfileEClass, SPINLOCK_PROFILE__CALLS_PER_WINDOW);
		createEAttribute(spinlockProfileEClass, SPINLOCK_PROFILE__IRQ_MEAN_HOLD_US);
		createEAttribute(spinlockProfileEClass, SPINLOCK_PROFILE__IRQ_CALLS_PER_WINDOW);
		createEAttribute(spinlockProfileEClass, SPINLOCK_PROFILE__WINDOW_S);

		experimentEClass = createEClass(EXPERIMENT);
		createEReference(experimentEClass, EXPERIMENT__MODEL);
		createEAttribute(experimentEClass, EXPERIMENT__ENGINE);
		createEAttribute(experimentEClass, EXPERIMENT__SEED);
		createEAttribute(experimentEClass, EXPERIMENT__DURATION_S);
		createEAttribute(experimentEClass, EXPERIMENT__REPETITIONS);
		createEReference(experimentEClass, EXPERIMENT__STEPS);
		createEReference(experimentEClass, EXPERIMENT__POLICIES);
		createEReference(experimentEClass, EXPERIMENT__RESULTS);

		scenarioStepEClass = createEClass(SCENARIO_STEP);
		createEAttribute(scenarioStepEClass, SCENARIO_STEP__AT_S);
		createEAttribute(scenarioStepEClass, SCENARIO_STEP__ACTION);
		createEReference(scenarioStepEClass, SCENARIO_STEP__TARGETS);
		createEReference(scenarioStepEClass, SCENARIO_STEP__DESTINATION);
		createEReference(scenarioStepEClass, SCENARIO_STEP__PARAMETERS);

		policyChoiceEClass = createEClass(POLICY_CHOICE);
		createEAttribute(policyChoiceEClass, POLICY_CHOICE__KIND);
		createEAttribute(policyChoiceEClass, POLICY_CHOICE__IMPLEMENTATION);
		createEReference(policyChoiceEClass, POLICY_CHOICE__PARAMETERS);

		parameterEClass = createEClass(PARAMETER);
		createEAttribute(parameterEClass, PARAMETER__VALUE);
		createEAttribute(parameterEClass, PARAMETER__UNIT);
		createEAttribute(parameterEClass, PARAMETER__MINIMUM);
		createEAttribute(parameterEClass, PARAMETER__MAXIMUM);
		createEAttribute(parameterEClass, PARAMETER__ASSUMPTION);

		resultSeriesEClass = createEClass(RESULT_SERIES);
		createEAttribute(resultSeriesEClass, RESULT_SERIES__METRIC);
		createEAttribute(resultSeriesEClass, RESULT_SERIES__UNIT);
		createEReference(resultSeriesEClass, RESULT_SERIES__SUBJECT);
		createEAttribute(resultSeriesEClass, RESULT_SERIES__TIMES);
		createEAttribute(resultSeriesEClass, RESULT_SERIES__VALUES);

		// Create enums
		cloudKindEEnum = createEEnum(CLOUD_KIND);
		cloudToolkitEEnum = createEEnum(CLOUD_TOOLKIT);
		hypervisorKindEEnum = createEEnum(HYPERVISOR_KIND);
		architectureEEnum = createEEnum(ARCHITECTURE);
		powerStateEEnum = createEEnum(POWER_STATE);
		datastoreKindEEnum = createEEnum(DATASTORE_KIND);
		linkKindEEnum = createEEnum(LINK_KIND);
		routerKindEEnum = createEEnum(ROUTER_KIND);
		vmStateEEnum = createEEnum(VM_STATE);
		vmRoleEEnum = createEEnum(VM_ROLE);
		diskFormatEEnum = createEEnum(DISK_FORMAT);
		imageKindEEnum = createEEnum(IMAGE_KIND);
		substrateKindEEnum = createEEnum(SUBSTRATE_KIND);
		overlayKindEEnum = createEEnum(OVERLAY_KIND);
		tunnelProtocolEEnum = createEEnum(TUNNEL_PROTOCOL);
		instanceRoleEEnum = createEEnum(INSTANCE_ROLE);
		phoneInstanceStateEEnum = createEEnum(PHONE_INSTANCE_STATE);
		jobKindEEnum = createEEnum(JOB_KIND);
		engineEEnum = createEEnum(ENGINE);
		stepActionEEnum = createEEnum(STEP_ACTION);
		policyKindEEnum = createEEnum(POLICY_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		NotationPackage theNotationPackage = (NotationPackage)EPackage.Registry.INSTANCE.getEPackage(NotationPackage.eNS_URI);

		// Add subpackages
		getESubpackages().add(theNotationPackage);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		networkEndpointEClass.getESuperTypes().add(this.getNamedElement());
		worldEClass.getESuperTypes().add(this.getNamedElement());
		federationEClass.getESuperTypes().add(this.getNamedElement());
		cloudEClass.getESuperTypes().add(this.getNamedElement());
		instanceTypeEClass.getESuperTypes().add(this.getNamedElement());
		siteEClass.getESuperTypes().add(this.getNetworkEndpoint());
		hostEClass.getESuperTypes().add(this.getNetworkEndpoint());
		physicalCpuEClass.getESuperTypes().add(this.getNamedElement());
		datastoreEClass.getESuperTypes().add(this.getNamedElement());
		networkLinkEClass.getESuperTypes().add(this.getNamedElement());
		routerEClass.getESuperTypes().add(this.getNetworkEndpoint());
		virtualMachineEClass.getESuperTypes().add(this.getNamedElement());
		virtualCpuEClass.getESuperTypes().add(this.getNamedElement());
		diskEClass.getESuperTypes().add(this.getNamedElement());
		networkInterfaceEClass.getESuperTypes().add(this.getNamedElement());
		imageEClass.getESuperTypes().add(this.getNamedElement());
		substrateEClass.getESuperTypes().add(this.getNamedElement());
		substratePoolEClass.getESuperTypes().add(this.getNamedElement());
		overlayNetworkEClass.getESuperTypes().add(this.getNamedElement());
		subnetEClass.getESuperTypes().add(this.getNamedElement());
		overlayNodeEClass.getESuperTypes().add(this.getNamedElement());
		switchDaemonEClass.getESuperTypes().add(this.getOverlayNode());
		overlayRouterEClass.getESuperTypes().add(this.getOverlayNode());
		tunnelEClass.getESuperTypes().add(this.getNamedElement());
		phoneEClass.getESuperTypes().add(this.getNamedElement());
		phoneInstanceEClass.getESuperTypes().add(this.getNamedElement());
		cloneEClass.getESuperTypes().add(this.getVirtualMachine());
		applicationEClass.getESuperTypes().add(this.getNamedElement());
		actorRuntimeEClass.getESuperTypes().add(this.getNamedElement());
		actorEClass.getESuperTypes().add(this.getNamedElement());
		processGroupEClass.getESuperTypes().add(this.getNamedElement());
		guestProcessEClass.getESuperTypes().add(this.getNamedElement());
		jobEClass.getESuperTypes().add(this.getNamedElement());
		experimentEClass.getESuperTypes().add(this.getNamedElement());
		scenarioStepEClass.getESuperTypes().add(this.getNamedElement());
		policyChoiceEClass.getESuperTypes().add(this.getNamedElement());
		parameterEClass.getESuperTypes().add(this.getNamedElement());
		resultSeriesEClass.getESuperTypes().add(this.getNamedElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Id(), ecorePackage.getEString(), "id", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(networkEndpointEClass, NetworkEndpoint.class, "NetworkEndpoint", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(worldEClass, World.class, "World", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorld_FormatVersion(), ecorePackage.getEInt(), "formatVersion", "1", 0, 1, World.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorld_Clouds(), this.getCloud(), null, "clouds", null, 0, -1, World.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorld_Federations(), this.getFederation(), null, "federations", null, 0, -1, World.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorld_Links(), this.getNetworkLink(), null, "links", null, 0, -1, World.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorld_Overlays(), this.getOverlayNetwork(), null, "overlays", null, 0, -1, World.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorld_Phones(), this.getPhone(), null, "phones", null, 0, -1, World.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorld_Applications(), this.getApplication(), null, "applications", null, 0, -1, World.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorld_Experiments(), this.getExperiment(), null, "experiments", null, 0, -1, World.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(federationEClass, Federation.class, "Federation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFederation_Members(), this.getCloud(), null, "members", null, 0, -1, Federation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFederation_Overlay(), this.getOverlayNetwork(), null, "overlay", null, 0, 1, Federation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFederation_ContextBroker(), ecorePackage.getEBoolean(), "contextBroker", "true", 0, 1, Federation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cloudEClass, Cloud.class, "Cloud", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCloud_Kind(), this.getCloudKind(), "kind", "private", 0, 1, Cloud.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCloud_Toolkit(), this.getCloudToolkit(), "toolkit", "libvirt", 0, 1, Cloud.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCloud_Sites(), this.getSite(), null, "sites", null, 0, -1, Cloud.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCloud_VirtualMachines(), this.getVirtualMachine(), null, "virtualMachines", null, 0, -1, Cloud.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCloud_InstanceTypes(), this.getInstanceType(), null, "instanceTypes", null, 0, -1, Cloud.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCloud_SubstratePools(), this.getSubstratePool(), null, "substratePools", null, 0, -1, Cloud.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(instanceTypeEClass, InstanceType.class, "InstanceType", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInstanceType_Vcpus(), ecorePackage.getEInt(), "vcpus", "1", 0, 1, InstanceType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstanceType_MemoryMB(), ecorePackage.getEInt(), "memoryMB", "1024", 0, 1, InstanceType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstanceType_PricePerHour(), ecorePackage.getEDouble(), "pricePerHour", "0.17", 0, 1, InstanceType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstanceType_ServiceFeePerHour(), ecorePackage.getEDouble(), "serviceFeePerHour", "0.03", 0, 1, InstanceType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(siteEClass, Site.class, "Site", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSite_Subnet(), ecorePackage.getEString(), "subnet", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_Location(), ecorePackage.getEString(), "location", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_Hosts(), this.getHost(), null, "hosts", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_Datastores(), this.getDatastore(), null, "datastores", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_Routers(), this.getRouter(), null, "routers", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hostEClass, Host.class, "Host", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getHost_Pcpus(), this.getPhysicalCpu(), null, "pcpus", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_MemoryMB(), ecorePackage.getEInt(), "memoryMB", "8192", 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_Hypervisor(), this.getHypervisorKind(), "hypervisor", "kvm", 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_Architecture(), this.getArchitecture(), "architecture", "x86_64", 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_CpuModel(), ecorePackage.getEString(), "cpuModel", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_ClockGHz(), ecorePackage.getEDouble(), "clockGHz", "2.5", 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_LibvirtUri(), ecorePackage.getEString(), "libvirtUri", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_PowerState(), this.getPowerState(), "powerState", "on", 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_OptimalUtilization(), ecorePackage.getEDouble(), "optimalUtilization", "0.8", 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_CpuOvercommit(), ecorePackage.getEBoolean(), "cpuOvercommit", "false", 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_MemoryOvercommit(), ecorePackage.getEBoolean(), "memoryOvercommit", "false", 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_Datastores(), this.getDatastore(), null, "datastores", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_VirtualMachines(), this.getVirtualMachine(), this.getVirtualMachine_Host(), "virtualMachines", null, 0, -1, Host.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(physicalCpuEClass, PhysicalCpu.class, "PhysicalCpu", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPhysicalCpu_Index(), ecorePackage.getEInt(), "index", "0", 0, 1, PhysicalCpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhysicalCpu_Socket(), ecorePackage.getEInt(), "socket", "0", 0, 1, PhysicalCpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhysicalCpu_Core(), ecorePackage.getEInt(), "core", "0", 0, 1, PhysicalCpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(datastoreEClass, Datastore.class, "Datastore", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDatastore_Kind(), this.getDatastoreKind(), "kind", "local", 0, 1, Datastore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatastore_CapacityGB(), ecorePackage.getEDouble(), "capacityGB", "500.0", 0, 1, Datastore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatastore_BandwidthMBps(), ecorePackage.getEDouble(), "bandwidthMBps", "83.37", 0, 1, Datastore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDatastore_Images(), this.getImage(), null, "images", null, 0, -1, Datastore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(networkLinkEClass, NetworkLink.class, "NetworkLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNetworkLink_Source(), this.getNetworkEndpoint(), null, "source", null, 1, 1, NetworkLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetworkLink_Target(), this.getNetworkEndpoint(), null, "target", null, 1, 1, NetworkLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkLink_Kind(), this.getLinkKind(), "kind", "lan", 0, 1, NetworkLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkLink_BandwidthMbps(), ecorePackage.getEDouble(), "bandwidthMbps", "1000.0", 0, 1, NetworkLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkLink_LatencyMs(), ecorePackage.getEDouble(), "latencyMs", "0.1", 0, 1, NetworkLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(routerEClass, Router.class, "Router", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRouter_Kind(), this.getRouterKind(), "kind", "gateway", 0, 1, Router.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRouter_Address(), ecorePackage.getEString(), "address", null, 0, 1, Router.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(virtualMachineEClass, VirtualMachine.class, "VirtualMachine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVirtualMachine_Host(), this.getHost(), this.getHost_VirtualMachines(), "host", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_State(), this.getVmState(), "state", "halted", 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualMachine_Vcpus(), this.getVirtualCpu(), null, "vcpus", null, 0, -1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_MemoryMB(), ecorePackage.getEInt(), "memoryMB", "1024", 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_Architecture(), this.getArchitecture(), "architecture", "x86_64", 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_Role(), this.getVmRole(), "role", "worker", 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_CpuWeight(), ecorePackage.getEInt(), "cpuWeight", "256", 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_BootTimeS(), ecorePackage.getEDouble(), "bootTimeS", "60.0", 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualMachine_Disks(), this.getDisk(), null, "disks", null, 0, -1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualMachine_Nics(), this.getNetworkInterface(), null, "nics", null, 0, -1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualMachine_MemoryProfile(), this.getMemoryProfile(), null, "memoryProfile", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualMachine_InstanceType(), this.getInstanceType(), null, "instanceType", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualMachine_ActivatedFrom(), this.getSubstrate(), null, "activatedFrom", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualMachine_SplitFrom(), this.getVirtualMachine(), null, "splitFrom", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualMachine_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(virtualCpuEClass, VirtualCpu.class, "VirtualCpu", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVirtualCpu_Index(), ecorePackage.getEInt(), "index", "0", 0, 1, VirtualCpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualCpu_Affinity(), this.getPhysicalCpu(), null, "affinity", null, 0, -1, VirtualCpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualCpu_Weight(), ecorePackage.getEInt(), "weight", "1024", 0, 1, VirtualCpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVirtualCpu_Online(), ecorePackage.getEBoolean(), "online", "true", 0, 1, VirtualCpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diskEClass, Disk.class, "Disk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDisk_Format(), this.getDiskFormat(), "format", "qcow2", 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_SizeGB(), ecorePackage.getEDouble(), "sizeGB", "4.0", 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDisk_Datastore(), this.getDatastore(), null, "datastore", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDisk_BackingImage(), this.getImage(), null, "backingImage", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDisk_BackingDisk(), this.getDisk(), null, "backingDisk", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_ReadOnly(), ecorePackage.getEBoolean(), "readOnly", "false", 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_Target(), ecorePackage.getEString(), "target", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(networkInterfaceEClass, NetworkInterface.class, "NetworkInterface", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNetworkInterface_Mac(), ecorePackage.getEString(), "mac", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkInterface_Ip(), ecorePackage.getEString(), "ip", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetworkInterface_Overlay(), this.getOverlayNetwork(), null, "overlay", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetworkInterface_Subnet(), this.getSubnet(), null, "subnet", null, 0, 1, NetworkInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(memoryProfileEClass, MemoryProfile.class, "MemoryProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMemoryProfile_DirtyRatePagesPerS(), ecorePackage.getEDouble(), "dirtyRatePagesPerS", "0.0", 0, 1, MemoryProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryProfile_WritableWorkingSetMB(), ecorePackage.getEDouble(), "writableWorkingSetMB", "0.0", 0, 1, MemoryProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryProfile_UsedMB(), ecorePackage.getEDouble(), "usedMB", "80.0", 0, 1, MemoryProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryProfile_IntraDuplicateFraction(), ecorePackage.getEDouble(), "intraDuplicateFraction", "0.03", 0, 1, MemoryProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryProfile_SharedWithPeersMB(), ecorePackage.getEDouble(), "sharedWithPeersMB", "0.0", 0, 1, MemoryProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(imageEClass, Image.class, "Image", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImage_Format(), this.getDiskFormat(), "format", "qcow2", 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_Kind(), this.getImageKind(), "kind", "vm", 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_SizeMB(), ecorePackage.getEDouble(), "sizeMB", "5120.0", 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_CompressedSizeMB(), ecorePackage.getEDouble(), "compressedSizeMB", "0.0", 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_Architecture(), this.getArchitecture(), "architecture", "x86_64", 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_OperatingSystem(), ecorePackage.getEString(), "operatingSystem", null, 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImage_Backing(), this.getImage(), null, "backing", null, 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(substrateEClass, Substrate.class, "Substrate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubstrate_Kind(), this.getSubstrateKind(), "kind", "public", 0, 1, Substrate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubstrate_RawSizeMB(), ecorePackage.getEDouble(), "rawSizeMB", "128.0", 0, 1, Substrate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubstrate_CompressedSizeMB(), ecorePackage.getEDouble(), "compressedSizeMB", "16.0", 0, 1, Substrate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubstrate_Origin(), this.getVirtualMachine(), null, "origin", null, 0, 1, Substrate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubstrate_Image(), this.getImage(), null, "image", null, 0, 1, Substrate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubstrate_Applications(), ecorePackage.getEString(), "applications", null, 0, -1, Substrate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubstrate_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Substrate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(substratePoolEClass, SubstratePool.class, "SubstratePool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSubstratePool_Server(), this.getHost(), null, "server", null, 0, 1, SubstratePool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubstratePool_CapacityMB(), ecorePackage.getEDouble(), "capacityMB", "8192.0", 0, 1, SubstratePool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubstratePool_MulticastMBps(), ecorePackage.getEDouble(), "multicastMBps", "34.0", 0, 1, SubstratePool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubstratePool_DecompressMBps(), ecorePackage.getEDouble(), "decompressMBps", "256.0", 0, 1, SubstratePool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubstratePool_DockingMarginMB(), ecorePackage.getEDouble(), "dockingMarginMB", "16.0", 0, 1, SubstratePool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubstratePool_Substrates(), this.getSubstrate(), null, "substrates", null, 0, -1, SubstratePool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(overlayNetworkEClass, OverlayNetwork.class, "OverlayNetwork", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOverlayNetwork_Kind(), this.getOverlayKind(), "kind", "virtualSwitch", 0, 1, OverlayNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOverlayNetwork_Subnets(), this.getSubnet(), null, "subnets", null, 0, -1, OverlayNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOverlayNetwork_Nodes(), this.getOverlayNode(), null, "nodes", null, 0, -1, OverlayNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOverlayNetwork_Tunnels(), this.getTunnel(), null, "tunnels", null, 0, -1, OverlayNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOverlayNetwork_Mtu(), ecorePackage.getEInt(), "mtu", "1500", 0, 1, OverlayNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOverlayNetwork_TableAgeingS(), ecorePackage.getEDouble(), "tableAgeingS", "300.0", 0, 1, OverlayNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOverlayNetwork_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, OverlayNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subnetEClass, Subnet.class, "Subnet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubnet_Cidr(), ecorePackage.getEString(), "cidr", null, 0, 1, Subnet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubnet_Gateway(), ecorePackage.getEString(), "gateway", null, 0, 1, Subnet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(overlayNodeEClass, OverlayNode.class, "OverlayNode", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getOverlayNode_Host(), this.getHost(), null, "host", null, 0, 1, OverlayNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(switchDaemonEClass, SwitchDaemon.class, "SwitchDaemon", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSwitchDaemon_Port(), ecorePackage.getEInt(), "port", "5000", 0, 1, SwitchDaemon.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(overlayRouterEClass, OverlayRouter.class, "OverlayRouter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getOverlayRouter_Subnets(), this.getSubnet(), null, "subnets", null, 0, -1, OverlayRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOverlayRouter_PublicAddress(), ecorePackage.getEString(), "publicAddress", null, 0, 1, OverlayRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOverlayRouter_MessageDelayMs(), ecorePackage.getEDouble(), "messageDelayMs", "1.0", 0, 1, OverlayRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tunnelEClass, Tunnel.class, "Tunnel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTunnel_Source(), this.getOverlayNode(), null, "source", null, 1, 1, Tunnel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTunnel_Target(), this.getOverlayNode(), null, "target", null, 1, 1, Tunnel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTunnel_Protocol(), this.getTunnelProtocol(), "protocol", "udp", 0, 1, Tunnel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(phoneEClass, Phone.class, "Phone", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPhone_Soc(), ecorePackage.getEString(), "soc", null, 0, 1, Phone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhone_Cores(), ecorePackage.getEInt(), "cores", "2", 0, 1, Phone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhone_ClockGHz(), ecorePackage.getEDouble(), "clockGHz", "1.0", 0, 1, Phone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhone_MemoryMB(), ecorePackage.getEInt(), "memoryMB", "1024", 0, 1, Phone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhone_StorageGB(), ecorePackage.getEDouble(), "storageGB", "16.0", 0, 1, Phone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhone_Architecture(), this.getArchitecture(), "architecture", "arm", 0, 1, Phone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhone_VirtualizationOverhead(), ecorePackage.getEDouble(), "virtualizationOverhead", "0.065", 0, 1, Phone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPhone_Instances(), this.getPhoneInstance(), null, "instances", null, 0, -1, Phone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(phoneInstanceEClass, PhoneInstance.class, "PhoneInstance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPhoneInstance_Role(), this.getInstanceRole(), "role", "personal", 0, 1, PhoneInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhoneInstance_State(), this.getPhoneInstanceState(), "state", "running", 0, 1, PhoneInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhoneInstance_PendingChangesKB(), ecorePackage.getEDouble(), "pendingChangesKB", "0.0", 0, 1, PhoneInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPhoneInstance_Clone(), this.getClone(), this.getClone_Instance(), "clone", null, 0, 1, PhoneInstance.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPhoneInstance_SyncPolicy(), this.getSyncPolicy(), null, "syncPolicy", null, 0, 1, PhoneInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cloneEClass, Clone.class, "Clone", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getClone_Instance(), this.getPhoneInstance(), this.getPhoneInstance_Clone(), "instance", null, 0, 1, Clone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClone_SpeedUp(), ecorePackage.getEDouble(), "speedUp", "5.0", 0, 1, Clone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(syncPolicyEClass, SyncPolicy.class, "SyncPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSyncPolicy_ThresholdKB(), ecorePackage.getEDouble(), "thresholdKB", "512.0", 0, 1, SyncPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncPolicy_WifiBandwidthMbps(), ecorePackage.getEDouble(), "wifiBandwidthMbps", "20.0", 0, 1, SyncPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncPolicy_InputEventRatePerS(), ecorePackage.getEDouble(), "inputEventRatePerS", "2.0", 0, 1, SyncPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncPolicy_RadioPowerW(), ecorePackage.getEDouble(), "radioPowerW", "1.0", 0, 1, SyncPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncPolicy_CpuPowerW(), ecorePackage.getEDouble(), "cpuPowerW", "0.5", 0, 1, SyncPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(applicationEClass, Application.class, "Application", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getApplication_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Application.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplication_Runtimes(), this.getActorRuntime(), null, "runtimes", null, 0, -1, Application.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplication_ProcessGroups(), this.getProcessGroup(), null, "processGroups", null, 0, -1, Application.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplication_Jobs(), this.getJob(), null, "jobs", null, 0, -1, Application.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actorRuntimeEClass, ActorRuntime.class, "ActorRuntime", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getActorRuntime_Vm(), this.getVirtualMachine(), null, "vm", null, 0, 1, ActorRuntime.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActorRuntime_Agent(), ecorePackage.getEBoolean(), "agent", "true", 0, 1, ActorRuntime.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActorRuntime_Actors(), this.getActor(), null, "actors", null, 0, -1, ActorRuntime.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actorEClass, Actor.class, "Actor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActor_StateSizeKB(), ecorePackage.getEDouble(), "stateSizeKB", "0.0", 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActor_Partners(), this.getActor(), null, "partners", null, 0, -1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActor_User(), ecorePackage.getEString(), "user", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(processGroupEClass, ProcessGroup.class, "ProcessGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getProcessGroup_Vm(), this.getVirtualMachine(), null, "vm", null, 0, 1, ProcessGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcessGroup_Processes(), this.getGuestProcess(), null, "processes", null, 0, -1, ProcessGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(guestProcessEClass, GuestProcess.class, "GuestProcess", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGuestProcess_CpuDemand(), ecorePackage.getEDouble(), "cpuDemand", "1.0", 0, 1, GuestProcess.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGuestProcess_MemoryMB(), ecorePackage.getEDouble(), "memoryMB", "256.0", 0, 1, GuestProcess.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGuestProcess_RuntimeS(), ecorePackage.getEDouble(), "runtimeS", "600.0", 0, 1, GuestProcess.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuestProcess_Disk(), this.getDisk(), null, "disk", null, 0, 1, GuestProcess.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(jobEClass, Job.class, "Job", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getJob_Kind(), this.getJobKind(), "kind", "idle", 0, 1, Job.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJob_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Job.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJob_Vms(), this.getVirtualMachine(), null, "vms", null, 0, -1, Job.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJob_Nodes(), ecorePackage.getEInt(), "nodes", "1", 0, 1, Job.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJob_Threads(), ecorePackage.getEInt(), "threads", "1", 0, 1, Job.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJob_ProblemSize(), ecorePackage.getEInt(), "problemSize", "0", 0, 1, Job.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJob_Iterations(), ecorePackage.getEInt(), "iterations", "1", 0, 1, Job.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJob_MemoryMB(), ecorePackage.getEDouble(), "memoryMB", "200.0", 0, 1, Job.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJob_DurationS(), ecorePackage.getEDouble(), "durationS", "0.0", 0, 1, Job.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJob_ActorCount(), ecorePackage.getEInt(), "actorCount", "0", 0, 1, Job.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJob_Spinlock(), this.getSpinlockProfile(), null, "spinlock", null, 0, 1, Job.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(spinlockProfileEClass, SpinlockProfile.class, "SpinlockProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSpinlockProfile_MeanHoldUs(), ecorePackage.getEDouble(), "meanHoldUs", "0.65", 0, 1, SpinlockProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpinlockProfile_CallsPerWindow(), ecorePackage.getEDouble(), "callsPerWindow", "3.71309982E8", 0, 1, SpinlockProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpinlockProfile_IrqMeanHoldUs(), ecorePackage.getEDouble(), "irqMeanHoldUs", "0.164", 0, 1, SpinlockProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpinlockProfile_IrqCallsPerWindow(), ecorePackage.getEDouble(), "irqCallsPerWindow", "1.46834593E8", 0, 1, SpinlockProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpinlockProfile_WindowS(), ecorePackage.getEDouble(), "windowS", "3.0", 0, 1, SpinlockProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(experimentEClass, Experiment.class, "Experiment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getExperiment_Model(), this.getWorld(), null, "model", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Engine(), this.getEngine(), "engine", "simulator", 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Seed(), ecorePackage.getELong(), "seed", "1", 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_DurationS(), ecorePackage.getEDouble(), "durationS", "3600.0", 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Repetitions(), ecorePackage.getEInt(), "repetitions", "1", 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Steps(), this.getScenarioStep(), null, "steps", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Policies(), this.getPolicyChoice(), null, "policies", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Results(), this.getResultSeries(), null, "results", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scenarioStepEClass, ScenarioStep.class, "ScenarioStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScenarioStep_AtS(), ecorePackage.getEDouble(), "atS", "0.0", 0, 1, ScenarioStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenarioStep_Action(), this.getStepAction(), "action", "submitJob", 0, 1, ScenarioStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenarioStep_Targets(), this.getNamedElement(), null, "targets", null, 0, -1, ScenarioStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenarioStep_Destination(), this.getNamedElement(), null, "destination", null, 0, 1, ScenarioStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenarioStep_Parameters(), this.getParameter(), null, "parameters", null, 0, -1, ScenarioStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(policyChoiceEClass, PolicyChoice.class, "PolicyChoice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolicyChoice_Kind(), this.getPolicyKind(), "kind", "migration", 0, 1, PolicyChoice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyChoice_Implementation(), ecorePackage.getEString(), "implementation", null, 0, 1, PolicyChoice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyChoice_Parameters(), this.getParameter(), null, "parameters", null, 0, -1, PolicyChoice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(parameterEClass, Parameter.class, "Parameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParameter_Value(), ecorePackage.getEDouble(), "value", "0.0", 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameter_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameter_Minimum(), ecorePackage.getEDoubleObject(), "minimum", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameter_Maximum(), ecorePackage.getEDoubleObject(), "maximum", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameter_Assumption(), ecorePackage.getEBoolean(), "assumption", "false", 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(resultSeriesEClass, ResultSeries.class, "ResultSeries", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getResultSeries_Metric(), ecorePackage.getEString(), "metric", null, 0, 1, ResultSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResultSeries_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, ResultSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResultSeries_Subject(), this.getNamedElement(), null, "subject", null, 0, 1, ResultSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResultSeries_Times(), ecorePackage.getEDouble(), "times", null, 0, -1, ResultSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResultSeries_Values(), ecorePackage.getEDouble(), "values", null, 0, -1, ResultSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(cloudKindEEnum, CloudKind.class, "CloudKind");
		addEEnumLiteral(cloudKindEEnum, CloudKind.PRIVATE);
		addEEnumLiteral(cloudKindEEnum, CloudKind.PUBLIC);
		addEEnumLiteral(cloudKindEEnum, CloudKind.COMMUNITY);
		addEEnumLiteral(cloudKindEEnum, CloudKind.HYBRID);

		initEEnum(cloudToolkitEEnum, CloudToolkit.class, "CloudToolkit");
		addEEnumLiteral(cloudToolkitEEnum, CloudToolkit.LIBVIRT);
		addEEnumLiteral(cloudToolkitEEnum, CloudToolkit.NIMBUS);
		addEEnumLiteral(cloudToolkitEEnum, CloudToolkit.OPEN_NEBULA);
		addEEnumLiteral(cloudToolkitEEnum, CloudToolkit.OPEN_STACK);
		addEEnumLiteral(cloudToolkitEEnum, CloudToolkit.EUCALYPTUS);
		addEEnumLiteral(cloudToolkitEEnum, CloudToolkit.AMAZON_EC2);
		addEEnumLiteral(cloudToolkitEEnum, CloudToolkit.VMWARE_VSPHERE);
		addEEnumLiteral(cloudToolkitEEnum, CloudToolkit.OTHER);

		initEEnum(hypervisorKindEEnum, HypervisorKind.class, "HypervisorKind");
		addEEnumLiteral(hypervisorKindEEnum, HypervisorKind.KVM);
		addEEnumLiteral(hypervisorKindEEnum, HypervisorKind.XEN);
		addEEnumLiteral(hypervisorKindEEnum, HypervisorKind.VMWARE_ESXI);
		addEEnumLiteral(hypervisorKindEEnum, HypervisorKind.QEMU);
		addEEnumLiteral(hypervisorKindEEnum, HypervisorKind.TEST);

		initEEnum(architectureEEnum, Architecture.class, "Architecture");
		addEEnumLiteral(architectureEEnum, Architecture.X86_64);
		addEEnumLiteral(architectureEEnum, Architecture.ARM);
		addEEnumLiteral(architectureEEnum, Architecture.AARCH64);

		initEEnum(powerStateEEnum, PowerState.class, "PowerState");
		addEEnumLiteral(powerStateEEnum, PowerState.ON);
		addEEnumLiteral(powerStateEEnum, PowerState.OFF);
		addEEnumLiteral(powerStateEEnum, PowerState.STANDBY);

		initEEnum(datastoreKindEEnum, DatastoreKind.class, "DatastoreKind");
		addEEnumLiteral(datastoreKindEEnum, DatastoreKind.LOCAL);
		addEEnumLiteral(datastoreKindEEnum, DatastoreKind.NFS);
		addEEnumLiteral(datastoreKindEEnum, DatastoreKind.ISCSI);
		addEEnumLiteral(datastoreKindEEnum, DatastoreKind.SAN);
		addEEnumLiteral(datastoreKindEEnum, DatastoreKind.IMAGE_REPOSITORY);
		addEEnumLiteral(datastoreKindEEnum, DatastoreKind.OBJECT_STORE);

		initEEnum(linkKindEEnum, LinkKind.class, "LinkKind");
		addEEnumLiteral(linkKindEEnum, LinkKind.LAN);
		addEEnumLiteral(linkKindEEnum, LinkKind.WAN);

		initEEnum(routerKindEEnum, RouterKind.class, "RouterKind");
		addEEnumLiteral(routerKindEEnum, RouterKind.GATEWAY);
		addEEnumLiteral(routerKindEEnum, RouterKind.NAT);
		addEEnumLiteral(routerKindEEnum, RouterKind.WAN_EMULATOR);

		initEEnum(vmStateEEnum, VmState.class, "VmState");
		addEEnumLiteral(vmStateEEnum, VmState.HALTED);
		addEEnumLiteral(vmStateEEnum, VmState.RUNNING);
		addEEnumLiteral(vmStateEEnum, VmState.PAUSED);
		addEEnumLiteral(vmStateEEnum, VmState.SUSPENDED);
		addEEnumLiteral(vmStateEEnum, VmState.MIGRATING);
		addEEnumLiteral(vmStateEEnum, VmState.INACTIVE);
		addEEnumLiteral(vmStateEEnum, VmState.DOCKED);

		initEEnum(vmRoleEEnum, VmRole.class, "VmRole");
		addEEnumLiteral(vmRoleEEnum, VmRole.WORKER);
		addEEnumLiteral(vmRoleEEnum, VmRole.HEAD);
		addEEnumLiteral(vmRoleEEnum, VmRole.MASTER);
		addEEnumLiteral(vmRoleEEnum, VmRole.CORE);
		addEEnumLiteral(vmRoleEEnum, VmRole.TASK);

		initEEnum(diskFormatEEnum, DiskFormat.class, "DiskFormat");
		addEEnumLiteral(diskFormatEEnum, DiskFormat.RAW);
		addEEnumLiteral(diskFormatEEnum, DiskFormat.QCOW2);
		addEEnumLiteral(diskFormatEEnum, DiskFormat.VMDK);

		initEEnum(imageKindEEnum, ImageKind.class, "ImageKind");
		addEEnumLiteral(imageKindEEnum, ImageKind.VM);
		addEEnumLiteral(imageKindEEnum, ImageKind.CONTAINER);

		initEEnum(substrateKindEEnum, SubstrateKind.class, "SubstrateKind");
		addEEnumLiteral(substrateKindEEnum, SubstrateKind.PUBLIC);
		addEEnumLiteral(substrateKindEEnum, SubstrateKind.RESTRICTED);
		addEEnumLiteral(substrateKindEEnum, SubstrateKind.PRIVATE);

		initEEnum(overlayKindEEnum, OverlayKind.class, "OverlayKind");
		addEEnumLiteral(overlayKindEEnum, OverlayKind.VIRTUAL_SWITCH);
		addEEnumLiteral(overlayKindEEnum, OverlayKind.ROUTED_OVERLAY);
		addEEnumLiteral(overlayKindEEnum, OverlayKind.LIBVIRT_NETWORK);

		initEEnum(tunnelProtocolEEnum, TunnelProtocol.class, "TunnelProtocol");
		addEEnumLiteral(tunnelProtocolEEnum, TunnelProtocol.UDP);
		addEEnumLiteral(tunnelProtocolEEnum, TunnelProtocol.TCP);

		initEEnum(instanceRoleEEnum, InstanceRole.class, "InstanceRole");
		addEEnumLiteral(instanceRoleEEnum, InstanceRole.PERSONAL);
		addEEnumLiteral(instanceRoleEEnum, InstanceRole.CORPORATE);

		initEEnum(phoneInstanceStateEEnum, PhoneInstanceState.class, "PhoneInstanceState");
		addEEnumLiteral(phoneInstanceStateEEnum, PhoneInstanceState.RUNNING);
		addEEnumLiteral(phoneInstanceStateEEnum, PhoneInstanceState.SUSPENDED_CAPTURING);
		addEEnumLiteral(phoneInstanceStateEEnum, PhoneInstanceState.UPLOADING);
		addEEnumLiteral(phoneInstanceStateEEnum, PhoneInstanceState.REPLAYING);
		addEEnumLiteral(phoneInstanceStateEEnum, PhoneInstanceState.RUNNING_IN_CLOUD);
		addEEnumLiteral(phoneInstanceStateEEnum, PhoneInstanceState.SYNCING_BACK);

		initEEnum(jobKindEEnum, JobKind.class, "JobKind");
		addEEnumLiteral(jobKindEEnum, JobKind.IDLE);
		addEEnumLiteral(jobKindEEnum, JobKind.HPL);
		addEEnumLiteral(jobKindEEnum, JobKind.HEAT_DIFFUSION);
		addEEnumLiteral(jobKindEEnum, JobKind.KERNBENCH);
		addEEnumLiteral(jobKindEEnum, JobKind.SPECJBB);
		addEEnumLiteral(jobKindEEnum, JobKind.PARSEC);
		addEEnumLiteral(jobKindEEnum, JobKind.SUPERPI);
		addEEnumLiteral(jobKindEEnum, JobKind.NPB);
		addEEnumLiteral(jobKindEEnum, JobKind.DBENCH);
		addEEnumLiteral(jobKindEEnum, JobKind.MAP_REDUCE);
		addEEnumLiteral(jobKindEEnum, JobKind.WEB_SERVER);
		addEEnumLiteral(jobKindEEnum, JobKind.DATABASE);
		addEEnumLiteral(jobKindEEnum, JobKind.CPU_HOG);
		addEEnumLiteral(jobKindEEnum, JobKind.BROWSER_BENCHMARK);

		initEEnum(engineEEnum, Engine.class, "Engine");
		addEEnumLiteral(engineEEnum, Engine.SIMULATOR);
		addEEnumLiteral(engineEEnum, Engine.LIBVIRT);

		initEEnum(stepActionEEnum, StepAction.class, "StepAction");
		addEEnumLiteral(stepActionEEnum, StepAction.SUBMIT_JOB);
		addEEnumLiteral(stepActionEEnum, StepAction.START_VM);
		addEEnumLiteral(stepActionEEnum, StepAction.STOP_VM);
		addEEnumLiteral(stepActionEEnum, StepAction.SUSPEND_VM);
		addEEnumLiteral(stepActionEEnum, StepAction.RESUME_VM);
		addEEnumLiteral(stepActionEEnum, StepAction.MIGRATE_VM);
		addEEnumLiteral(stepActionEEnum, StepAction.MIGRATE_ACTORS);
		addEEnumLiteral(stepActionEEnum, StepAction.DOCK);
		addEEnumLiteral(stepActionEEnum, StepAction.ACTIVATE);
		addEEnumLiteral(stepActionEEnum, StepAction.SPLIT);
		addEEnumLiteral(stepActionEEnum, StepAction.MERGE);
		addEEnumLiteral(stepActionEEnum, StepAction.SCALE_UP);
		addEEnumLiteral(stepActionEEnum, StepAction.SCALE_DOWN);
		addEEnumLiteral(stepActionEEnum, StepAction.OFFLOAD);
		addEEnumLiteral(stepActionEEnum, StepAction.SET_PARAMETER);
		addEEnumLiteral(stepActionEEnum, StepAction.FAIL_HOST);

		initEEnum(policyKindEEnum, PolicyKind.class, "PolicyKind");
		addEEnumLiteral(policyKindEEnum, PolicyKind.MIGRATION);
		addEEnumLiteral(policyKindEEnum, PolicyKind.PLACEMENT);
		addEEnumLiteral(policyKindEEnum, PolicyKind.SCHEDULER);
		addEEnumLiteral(policyKindEEnum, PolicyKind.ELASTICITY);
		addEEnumLiteral(policyKindEEnum, PolicyKind.PROPAGATION);
		addEEnumLiteral(policyKindEEnum, PolicyKind.ADAPTATION);

		// Create resource
		createResource(eNS_URI);
	}

} //OrreryPackageImpl
