/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.orrery.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class OrreryFactoryImpl extends EFactoryImpl implements OrreryFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static OrreryFactory init() {
		try {
			OrreryFactory theOrreryFactory = (OrreryFactory)EPackage.Registry.INSTANCE.getEFactory(OrreryPackage.eNS_URI);
			if (theOrreryFactory != null) {
				return theOrreryFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new OrreryFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrreryFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case OrreryPackage.WORLD: return createWorld();
			case OrreryPackage.FEDERATION: return createFederation();
			case OrreryPackage.CLOUD: return createCloud();
			case OrreryPackage.INSTANCE_TYPE: return createInstanceType();
			case OrreryPackage.SITE: return createSite();
			case OrreryPackage.HOST: return createHost();
			case OrreryPackage.PHYSICAL_CPU: return createPhysicalCpu();
			case OrreryPackage.DATASTORE: return createDatastore();
			case OrreryPackage.NETWORK_LINK: return createNetworkLink();
			case OrreryPackage.ROUTER: return createRouter();
			case OrreryPackage.VIRTUAL_MACHINE: return createVirtualMachine();
			case OrreryPackage.VIRTUAL_CPU: return createVirtualCpu();
			case OrreryPackage.DISK: return createDisk();
			case OrreryPackage.NETWORK_INTERFACE: return createNetworkInterface();
			case OrreryPackage.MEMORY_PROFILE: return createMemoryProfile();
			case OrreryPackage.IMAGE: return createImage();
			case OrreryPackage.SUBSTRATE: return createSubstrate();
			case OrreryPackage.SUBSTRATE_POOL: return createSubstratePool();
			case OrreryPackage.OVERLAY_NETWORK: return createOverlayNetwork();
			case OrreryPackage.SUBNET: return createSubnet();
			case OrreryPackage.SWITCH_DAEMON: return createSwitchDaemon();
			case OrreryPackage.OVERLAY_ROUTER: return createOverlayRouter();
			case OrreryPackage.TUNNEL: return createTunnel();
			case OrreryPackage.PHONE: return createPhone();
			case OrreryPackage.PHONE_INSTANCE: return createPhoneInstance();
			case OrreryPackage.CLONE: return createClone();
			case OrreryPackage.SYNC_POLICY: return createSyncPolicy();
			case OrreryPackage.APPLICATION: return createApplication();
			case OrreryPackage.ACTOR_RUNTIME: return createActorRuntime();
			case OrreryPackage.ACTOR: return createActor();
			case OrreryPackage.PROCESS_GROUP: return createProcessGroup();
			case OrreryPackage.GUEST_PROCESS: return createGuestProcess();
			case OrreryPackage.JOB: return createJob();
			case OrreryPackage.SPINLOCK_PROFILE: return createSpinlockProfile();
			case OrreryPackage.EXPERIMENT: return createExperiment();
			case OrreryPackage.SCENARIO_STEP: return createScenarioStep();
			case OrreryPackage.POLICY_CHOICE: return createPolicyChoice();
			case OrreryPackage.PARAMETER: return createParameter();
			case OrreryPackage.RESULT_SERIES: return createResultSeries();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case OrreryPackage.CLOUD_KIND:
				return createCloudKindFromString(eDataType, initialValue);
			case OrreryPackage.CLOUD_TOOLKIT:
				return createCloudToolkitFromString(eDataType, initialValue);
			case OrreryPackage.HYPERVISOR_KIND:
				return createHypervisorKindFromString(eDataType, initialValue);
			case OrreryPackage.ARCHITECTURE:
				return createArchitectureFromString(eDataType, initialValue);
			case OrreryPackage.POWER_STATE:
				return createPowerStateFromString(eDataType, initialValue);
			case OrreryPackage.DATASTORE_KIND:
				return createDatastoreKindFromString(eDataType, initialValue);
			case OrreryPackage.LINK_KIND:
				return createLinkKindFromString(eDataType, initialValue);
			case OrreryPackage.ROUTER_KIND:
				return createRouterKindFromString(eDataType, initialValue);
			case OrreryPackage.VM_STATE:
				return createVmStateFromString(eDataType, initialValue);
			case OrreryPackage.VM_ROLE:
				return createVmRoleFromString(eDataType, initialValue);
			case OrreryPackage.DISK_FORMAT:
				return createDiskFormatFromString(eDataType, initialValue);
			case OrreryPackage.IMAGE_KIND:
				return createImageKindFromString(eDataType, initialValue);
			case OrreryPackage.SUBSTRATE_KIND:
				return createSubstrateKindFromString(eDataType, initialValue);
			case OrreryPackage.OVERLAY_KIND:
				return createOverlayKindFromString(eDataType, initialValue);
			case OrreryPackage.TUNNEL_PROTOCOL:
				return createTunnelProtocolFromString(eDataType, initialValue);
			case OrreryPackage.INSTANCE_ROLE:
				return createInstanceRoleFromString(eDataType, initialValue);
			case OrreryPackage.PHONE_INSTANCE_STATE:
				return createPhoneInstanceStateFromString(eDataType, initialValue);
			case OrreryPackage.JOB_KIND:
				return createJobKindFromString(eDataType, initialValue);
			case OrreryPackage.ENGINE:
				return createEngineFromString(eDataType, initialValue);
			case OrreryPackage.STEP_ACTION:
				return createStepActionFromString(eDataType, initialValue);
			case OrreryPackage.POLICY_KIND:
				return createPolicyKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case OrreryPackage.CLOUD_KIND:
				return convertCloudKindToString(eDataType, instanceValue);
			case OrreryPackage.CLOUD_TOOLKIT:
				return convertCloudToolkitToString(eDataType, instanceValue);
			case OrreryPackage.HYPERVISOR_KIND:
				return convertHypervisorKindToString(eDataType, instanceValue);
			case OrreryPackage.ARCHITECTURE:
				return convertArchitectureToString(eDataType, instanceValue);
			case OrreryPackage.POWER_STATE:
				return convertPowerStateToString(eDataType, instanceValue);
			case OrreryPackage.DATASTORE_KIND:
				return convertDatastoreKindToString(eDataType, instanceValue);
			case OrreryPackage.LINK_KIND:
				return convertLinkKindToString(eDataType, instanceValue);
			case OrreryPackage.ROUTER_KIND:
				return convertRouterKindToString(eDataType, instanceValue);
			case OrreryPackage.VM_STATE:
				return convertVmStateToString(eDataType, instanceValue);
			case OrreryPackage.VM_ROLE:
				return convertVmRoleToString(eDataType, instanceValue);
			case OrreryPackage.DISK_FORMAT:
				return convertDiskFormatToString(eDataType, instanceValue);
			case OrreryPackage.IMAGE_KIND:
				return convertImageKindToString(eDataType, instanceValue);
			case OrreryPackage.SUBSTRATE_KIND:
				return convertSubstrateKindToString(eDataType, instanceValue);
			case OrreryPackage.OVERLAY_KIND:
				return convertOverlayKindToString(eDataType, instanceValue);
			case OrreryPackage.TUNNEL_PROTOCOL:
				return convertTunnelProtocolToString(eDataType, instanceValue);
			case OrreryPackage.INSTANCE_ROLE:
				return convertInstanceRoleToString(eDataType, instanceValue);
			case OrreryPackage.PHONE_INSTANCE_STATE:
				return convertPhoneInstanceStateToString(eDataType, instanceValue);
			case OrreryPackage.JOB_KIND:
				return convertJobKindToString(eDataType, instanceValue);
			case OrreryPackage.ENGINE:
				return convertEngineToString(eDataType, instanceValue);
			case OrreryPackage.STEP_ACTION:
				return convertStepActionToString(eDataType, instanceValue);
			case OrreryPackage.POLICY_KIND:
				return convertPolicyKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public World createWorld() {
		WorldImpl world = new WorldImpl();
		return world;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Federation createFederation() {
		FederationImpl federation = new FederationImpl();
		return federation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cloud createCloud() {
		CloudImpl cloud = new CloudImpl();
		return cloud;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstanceType createInstanceType() {
		InstanceTypeImpl instanceType = new InstanceTypeImpl();
		return instanceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site createSite() {
		SiteImpl site = new SiteImpl();
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host createHost() {
		HostImpl host = new HostImpl();
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhysicalCpu createPhysicalCpu() {
		PhysicalCpuImpl physicalCpu = new PhysicalCpuImpl();
		return physicalCpu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Datastore createDatastore() {
		DatastoreImpl datastore = new DatastoreImpl();
		return datastore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkLink createNetworkLink() {
		NetworkLinkImpl networkLink = new NetworkLinkImpl();
		return networkLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Router createRouter() {
		RouterImpl router = new RouterImpl();
		return router;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualMachine createVirtualMachine() {
		VirtualMachineImpl virtualMachine = new VirtualMachineImpl();
		return virtualMachine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualCpu createVirtualCpu() {
		VirtualCpuImpl virtualCpu = new VirtualCpuImpl();
		return virtualCpu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Disk createDisk() {
		DiskImpl disk = new DiskImpl();
		return disk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkInterface createNetworkInterface() {
		NetworkInterfaceImpl networkInterface = new NetworkInterfaceImpl();
		return networkInterface;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemoryProfile createMemoryProfile() {
		MemoryProfileImpl memoryProfile = new MemoryProfileImpl();
		return memoryProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Image createImage() {
		ImageImpl image = new ImageImpl();
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Substrate createSubstrate() {
		SubstrateImpl substrate = new SubstrateImpl();
		return substrate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubstratePool createSubstratePool() {
		SubstratePoolImpl substratePool = new SubstratePoolImpl();
		return substratePool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OverlayNetwork createOverlayNetwork() {
		OverlayNetworkImpl overlayNetwork = new OverlayNetworkImpl();
		return overlayNetwork;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subnet createSubnet() {
		SubnetImpl subnet = new SubnetImpl();
		return subnet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwitchDaemon createSwitchDaemon() {
		SwitchDaemonImpl switchDaemon = new SwitchDaemonImpl();
		return switchDaemon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OverlayRouter createOverlayRouter() {
		OverlayRouterImpl overlayRouter = new OverlayRouterImpl();
		return overlayRouter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tunnel createTunnel() {
		TunnelImpl tunnel = new TunnelImpl();
		return tunnel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Phone createPhone() {
		PhoneImpl phone = new PhoneImpl();
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhoneInstance createPhoneInstance() {
		PhoneInstanceImpl phoneInstance = new PhoneInstanceImpl();
		return phoneInstance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Clone createClone() {
		CloneImpl clone = new CloneImpl();
		return clone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SyncPolicy createSyncPolicy() {
		SyncPolicyImpl syncPolicy = new SyncPolicyImpl();
		return syncPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Application createApplication() {
		ApplicationImpl application = new ApplicationImpl();
		return application;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActorRuntime createActorRuntime() {
		ActorRuntimeImpl actorRuntime = new ActorRuntimeImpl();
		return actorRuntime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor createActor() {
		ActorImpl actor = new ActorImpl();
		return actor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessGroup createProcessGroup() {
		ProcessGroupImpl processGroup = new ProcessGroupImpl();
		return processGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GuestProcess createGuestProcess() {
		GuestProcessImpl guestProcess = new GuestProcessImpl();
		return guestProcess;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Job createJob() {
		JobImpl job = new JobImpl();
		return job;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpinlockProfile createSpinlockProfile() {
		SpinlockProfileImpl spinlockProfile = new SpinlockProfileImpl();
		return spinlockProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Experiment createExperiment() {
		ExperimentImpl experiment = new ExperimentImpl();
		return experiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScenarioStep createScenarioStep() {
		ScenarioStepImpl scenarioStep = new ScenarioStepImpl();
		return scenarioStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyChoice createPolicyChoice() {
		PolicyChoiceImpl policyChoice = new PolicyChoiceImpl();
		return policyChoice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Parameter createParameter() {
		ParameterImpl parameter = new ParameterImpl();
		return parameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResultSeries createResultSeries() {
		ResultSeriesImpl resultSeries = new ResultSeriesImpl();
		return resultSeries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CloudKind createCloudKindFromString(EDataType eDataType, String initialValue) {
		CloudKind result = CloudKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCloudKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CloudToolkit createCloudToolkitFromString(EDataType eDataType, String initialValue) {
		CloudToolkit result = CloudToolkit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCloudToolkitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HypervisorKind createHypervisorKindFromString(EDataType eDataType, String initialValue) {
		HypervisorKind result = HypervisorKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHypervisorKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Architecture createArchitectureFromString(EDataType eDataType, String initialValue) {
		Architecture result = Architecture.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArchitectureToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PowerState createPowerStateFromString(EDataType eDataType, String initialValue) {
		PowerState result = PowerState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPowerStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DatastoreKind createDatastoreKindFromString(EDataType eDataType, String initialValue) {
		DatastoreKind result = DatastoreKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDatastoreKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LinkKind createLinkKindFromString(EDataType eDataType, String initialValue) {
		LinkKind result = LinkKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLinkKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RouterKind createRouterKindFromString(EDataType eDataType, String initialValue) {
		RouterKind result = RouterKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRouterKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VmState createVmStateFromString(EDataType eDataType, String initialValue) {
		VmState result = VmState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVmStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VmRole createVmRoleFromString(EDataType eDataType, String initialValue) {
		VmRole result = VmRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVmRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiskFormat createDiskFormatFromString(EDataType eDataType, String initialValue) {
		DiskFormat result = DiskFormat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiskFormatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImageKind createImageKindFromString(EDataType eDataType, String initialValue) {
		ImageKind result = ImageKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertImageKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SubstrateKind createSubstrateKindFromString(EDataType eDataType, String initialValue) {
		SubstrateKind result = SubstrateKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSubstrateKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OverlayKind createOverlayKindFromString(EDataType eDataType, String initialValue) {
		OverlayKind result = OverlayKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOverlayKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TunnelProtocol createTunnelProtocolFromString(EDataType eDataType, String initialValue) {
		TunnelProtocol result = TunnelProtocol.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTunnelProtocolToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InstanceRole createInstanceRoleFromString(EDataType eDataType, String initialValue) {
		InstanceRole result = InstanceRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstanceRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PhoneInstanceState createPhoneInstanceStateFromString(EDataType eDataType, String initialValue) {
		PhoneInstanceState result = PhoneInstanceState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPhoneInstanceStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JobKind createJobKindFromString(EDataType eDataType, String initialValue) {
		JobKind result = JobKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertJobKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Engine createEngineFromString(EDataType eDataType, String initialValue) {
		Engine result = Engine.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEngineToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StepAction createStepActionFromString(EDataType eDataType, String initialValue) {
		StepAction result = StepAction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStepActionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PolicyKind createPolicyKindFromString(EDataType eDataType, String initialValue) {
		PolicyKind result = PolicyKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPolicyKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrreryPackage getOrreryPackage() {
		return (OrreryPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static OrreryPackage getPackage() {
		return OrreryPackage.eINSTANCE;
	}

} //OrreryFactoryImpl
