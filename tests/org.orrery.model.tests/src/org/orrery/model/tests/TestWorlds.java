package org.orrery.model.tests;

import org.orrery.model.Architecture;
import org.orrery.model.Clone;
import org.orrery.model.Cloud;
import org.orrery.model.Experiment;
import org.orrery.model.Host;
import org.orrery.model.NetworkInterface;
import org.orrery.model.NetworkLink;
import org.orrery.model.OrreryFactory;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.Parameter;
import org.orrery.model.Phone;
import org.orrery.model.PhoneInstance;
import org.orrery.model.PhysicalCpu;
import org.orrery.model.PolicyChoice;
import org.orrery.model.PolicyKind;
import org.orrery.model.Router;
import org.orrery.model.ScenarioStep;
import org.orrery.model.Site;
import org.orrery.model.StepAction;
import org.orrery.model.Substrate;
import org.orrery.model.SubstratePool;
import org.orrery.model.SwitchDaemon;
import org.orrery.model.Tunnel;
import org.orrery.model.VirtualCpu;
import org.orrery.model.VirtualMachine;
import org.orrery.model.VmState;
import org.orrery.model.World;

/**
 * A small world that breaks no rule, with handles on its parts so each test can break exactly
 * one thing: one cloud, one site, two hosts of 2 pCPUs and 4 GiB, two running VMs on an overlay,
 * a substrate pool, links, a phone with a clone, and an experiment.
 */
final class TestWorlds {

    static final OrreryFactory F = OrreryFactory.eINSTANCE;

    final World world = F.createWorld();
    final Cloud cloud = F.createCloud();
    final Site site = F.createSite();
    final Host host1;
    final Host host2;
    final Router router = F.createRouter();
    final VirtualMachine vm1;
    final VirtualMachine vm2;
    final OverlayNetwork overlay = F.createOverlayNetwork();
    final SubstratePool pool = F.createSubstratePool();
    final NetworkLink link = F.createNetworkLink();
    final Tunnel tunnel = F.createTunnel();
    final Phone phone = F.createPhone();
    final PhoneInstance instance = F.createPhoneInstance();
    final Clone clone = F.createClone();
    final Experiment experiment = F.createExperiment();
    final ScenarioStep step = F.createScenarioStep();
    final Parameter parameter = F.createParameter();

    TestWorlds() {
        world.setId("w");
        world.setName("test world");
        cloud.setId("c");
        cloud.setName("cloud");
        world.getClouds().add(cloud);
        site.setId("s");
        site.setName("site");
        cloud.getSites().add(site);
        host1 = host("h1");
        host2 = host("h2");
        router.setId("r");
        router.setName("router");
        site.getRouters().add(router);

        overlay.setId("o");
        overlay.setName("overlay");
        world.getOverlays().add(overlay);
        vm1 = vm("vm1", host1, "52:54:00:00:00:01", "192.168.0.1");
        vm2 = vm("vm2", host2, "52:54:00:00:00:02", "192.168.0.2");
        SwitchDaemon d1 = daemon("d1", host1);
        SwitchDaemon d2 = daemon("d2", host2);
        tunnel.setName("d1-d2");
        tunnel.setSource(d1);
        tunnel.setTarget(d2);
        overlay.getTunnels().add(tunnel);

        pool.setId("p");
        pool.setName("pool");
        pool.setServer(host1);
        pool.setCapacityMB(100);
        cloud.getSubstratePools().add(pool);
        for (String name : new String[] { "s1", "s2" }) {
            Substrate substrate = F.createSubstrate();
            substrate.setName(name);
            substrate.setCompressedSizeMB(40);
            pool.getSubstrates().add(substrate);
        }

        link.setId("l");
        link.setName("h1-router");
        link.setSource(host1);
        link.setTarget(router);
        world.getLinks().add(link);

        phone.setId("ph");
        phone.setName("phone");
        world.getPhones().add(phone);
        instance.setId("pi");
        instance.setName("personal");
        phone.getInstances().add(instance);
        clone.setId("cl");
        clone.setName("clone");
        clone.setArchitecture(Architecture.ARM);
        clone.setInstance(instance);
        cloud.getVirtualMachines().add(clone);

        experiment.setId("e");
        experiment.setName("experiment");
        experiment.setDurationS(600);
        world.getExperiments().add(experiment);
        step.setName("migrate vm1");
        step.setAtS(60);
        step.setAction(StepAction.MIGRATE_VM);
        step.getTargets().add(vm1);
        step.setDestination(host2);
        experiment.getSteps().add(step);
        PolicyChoice policy = F.createPolicyChoice();
        policy.setName("pre-copy");
        policy.setKind(PolicyKind.MIGRATION);
        policy.setImplementation("precopy-qemu");
        experiment.getPolicies().add(policy);
        parameter.setName("maxDowntime");
        parameter.setValue(300);
        parameter.setUnit("ms");
        parameter.setMinimum(1.0);
        parameter.setMaximum(10000.0);
        policy.getParameters().add(parameter);
    }

    Host host(String id) {
        Host host = F.createHost();
        host.setId(id);
        host.setName(id);
        host.setMemoryMB(4096);
        for (int i = 0; i < 2; i++) {
            PhysicalCpu pcpu = F.createPhysicalCpu();
            pcpu.setId(id + "-cpu" + i);
            pcpu.setName("cpu" + i);
            pcpu.setIndex(i);
            host.getPcpus().add(pcpu);
        }
        site.getHosts().add(host);
        return host;
    }

    VirtualMachine vm(String id, Host host, String mac, String ip) {
        VirtualMachine vm = F.createVirtualMachine();
        vm.setId(id);
        vm.setName(id);
        vm.setMemoryMB(1024);
        vm.setState(VmState.RUNNING);
        vm.setHost(host);
        addVcpu(vm);
        NetworkInterface nic = F.createNetworkInterface();
        nic.setName("eth0");
        nic.setMac(mac);
        nic.setIp(ip);
        nic.setOverlay(overlay);
        vm.getNics().add(nic);
        cloud.getVirtualMachines().add(vm);
        return vm;
    }

    static VirtualCpu addVcpu(VirtualMachine vm) {
        VirtualCpu vcpu = F.createVirtualCpu();
        vcpu.setName("vcpu" + vm.getVcpus().size());
        vcpu.setIndex(vm.getVcpus().size());
        vm.getVcpus().add(vcpu);
        return vcpu;
    }

    private SwitchDaemon daemon(String id, Host host) {
        SwitchDaemon daemon = F.createSwitchDaemon();
        daemon.setId(id);
        daemon.setName(id);
        daemon.setHost(host);
        overlay.getNodes().add(daemon);
        return daemon;
    }
}
