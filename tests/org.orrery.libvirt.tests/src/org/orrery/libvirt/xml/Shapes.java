package org.orrery.libvirt.xml;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.orrery.model.Architecture;
import org.orrery.model.Clone;
import org.orrery.model.Cloud;
import org.orrery.model.Datastore;
import org.orrery.model.Disk;
import org.orrery.model.DiskFormat;
import org.orrery.model.Host;
import org.orrery.model.Image;
import org.orrery.model.InstanceType;
import org.orrery.model.MemoryProfile;
import org.orrery.model.NetworkInterface;
import org.orrery.model.OrreryFactory;
import org.orrery.model.OverlayKind;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.Phone;
import org.orrery.model.PhoneInstance;
import org.orrery.model.PhysicalCpu;
import org.orrery.model.Site;
import org.orrery.model.Subnet;
import org.orrery.model.Substrate;
import org.orrery.model.SubstratePool;
import org.orrery.model.VirtualCpu;
import org.orrery.model.VirtualMachine;
import org.orrery.model.VmRole;
import org.orrery.model.World;

/**
 * One world holding every shape of VM and overlay the model allows, for round trips through
 * libvirt's parser: each feature a domain or network can carry, alone and combined, with names
 * and values that need escaping.
 */
final class Shapes {

    static final OrreryFactory F = OrreryFactory.eINSTANCE;
    /** Text only a real XML writer survives. */
    static final String NASTY = "a <b> & 'c' \"d\" é ✓";

    final World world = F.createWorld();
    final Cloud cloud = F.createCloud();
    final Host host = F.createHost();
    final Datastore store = F.createDatastore();
    final Image image = F.createImage();
    final InstanceType small = F.createInstanceType();
    final Substrate substrate = F.createSubstrate();
    final PhoneInstance phoneInstance = F.createPhoneInstance();
    final OverlayNetwork lan = overlay("lan", "Lab LAN", OverlayKind.LIBVIRT_NETWORK);
    final OverlayNetwork violin = overlay("violin", NASTY, OverlayKind.VIRTUAL_SWITCH);
    final OverlayNetwork vine = overlay("vine", "ViNe", OverlayKind.ROUTED_OVERLAY);
    final OverlayNetwork bare = overlay("bare", "no subnet", OverlayKind.VIRTUAL_SWITCH);
    final Map<String, VirtualMachine> vms = new LinkedHashMap<>();

    Shapes() {
        world.setId("shapes");
        cloud.setId("cloud");
        world.getClouds().add(cloud);
        Site site = F.createSite();
        site.setId("site");
        cloud.getSites().add(site);
        host.setId("h");
        host.setName("h");
        host.setLibvirtUri("test:///default");
        for (int i = 0; i < 8; i++) {
            PhysicalCpu p = F.createPhysicalCpu();
            p.setId("h-cpu" + i);
            p.setName("cpu" + i);
            p.setIndex(i);
            host.getPcpus().add(p);
        }
        site.getHosts().add(host);
        store.setId("store");
        image.setId("img");
        store.getImages().add(image);
        site.getDatastores().add(store);
        small.setId("small");
        cloud.getInstanceTypes().add(small);
        SubstratePool pool = F.createSubstratePool();
        pool.setId("pool");
        substrate.setId("sub");
        pool.getSubstrates().add(substrate);
        cloud.getSubstratePools().add(pool);
        Phone phone = F.createPhone();
        phone.setId("phone");
        phoneInstance.setId("personal");
        phone.getInstances().add(phoneInstance);
        world.getPhones().add(phone);
        subnet(lan, "lan-a", "10.5.0.0/24", "10.5.0.1");
        subnet(lan, "lan-b", "10.6.0.0/16", "10.6.0.1");
        subnet(violin, "violin-net", "192.168.50.0/24", "192.168.50.1");
        subnet(vine, "vine-no-gw", "172.16.0.0/12", null);
        violin.setMtu(1400);
        violin.setOwner(NASTY);
        violin.setTableAgeingS(42.5);

        vm("minimal", 1, v -> {
        });
        vm(NASTY, 2, v -> v.setDescription("Line one\nline two: " + NASTY));
        vm("big", 4, v -> {
            v.setMemoryMB(65536);
            v.setCpuWeight(512);
            v.setRole(VmRole.HEAD);
            v.setOwner("alice");
            v.setInstanceType(small);
            v.setBootTimeS(12.5);
            v.setActivatedFrom(substrate);
            v.getVcpus().get(1).getAffinity().add(host.getPcpus().get(2));
            v.getVcpus().get(1).getAffinity().add(host.getPcpus().get(0));
            v.getVcpus().get(2).getAffinity().add(host.getPcpus().get(7));
            v.getVcpus().get(3).setOnline(false);
            v.getVcpus().get(0).setWeight(2048);
        });
        vm("split", 1, v -> v.setSplitFrom(vms.get("big")));
        vm("arm", 1, v -> v.setArchitecture(Architecture.ARM));
        vm("aarch64", 2, v -> v.setArchitecture(Architecture.AARCH64));
        vm("disks", 1, v -> {
            disk(v, "root", DiskFormat.QCOW2, "vda", d -> {
                d.setDatastore(store);
                d.setBackingImage(image);
                d.setSizeGB(8);
            });
            disk(v, "data", DiskFormat.RAW, "sdb", d -> d.setReadOnly(true));
            disk(v, "legacy", DiskFormat.VMDK, "hdc", d -> {
            });
            disk(v, "delta", DiskFormat.QCOW2, null, d -> d.setBackingDisk(v.getDisks().get(0)));
        });
        vm("nics", 1, v -> {
            nic(v, "eth0", "52:54:00:aa:00:01", "10.5.0.10", lan, lan.getSubnets().get(0));
            nic(v, "eth1", "52:54:00:aa:00:02", "192.168.50.10", violin, violin.getSubnets().get(0));
            nic(v, "eth2", null, null, vine, null);
            nic(v, "uplink", "52:54:00:aa:00:03", null, null, null);
            nic(v, "eth4", "52:54:00:aa:00:04", "10.6.1.1", lan, lan.getSubnets().get(1));
            nic(v, NASTY, "52:54:00:aa:00:05", null, bare, null);
        });
        vm("profiled", 1, v -> {
            MemoryProfile m = F.createMemoryProfile();
            m.setDirtyRatePagesPerS(1234.5);
            m.setWritableWorkingSetMB(64);
            m.setUsedMB(300);
            m.setIntraDuplicateFraction(0.1);
            m.setSharedWithPeersMB(20);
            v.setMemoryProfile(m);
        });
        Clone clone = F.createClone();
        clone.setSpeedUp(7.5);
        clone.setInstance(phoneInstance);
        clone.setArchitecture(Architecture.ARM);
        add(clone, "clone", 4);
    }

    private OverlayNetwork overlay(String id, String name, OverlayKind kind) {
        OverlayNetwork o = F.createOverlayNetwork();
        o.setId(id);
        o.setName(name);
        o.setKind(kind);
        world.getOverlays().add(o);
        return o;
    }

    private static void subnet(OverlayNetwork overlay, String id, String cidr, String gateway) {
        Subnet s = F.createSubnet();
        s.setId(id);
        s.setName(id + " range");
        s.setCidr(cidr);
        s.setGateway(gateway);
        overlay.getSubnets().add(s);
    }

    private void vm(String name, int vcpus, Consumer<VirtualMachine> shape) {
        VirtualMachine vm = F.createVirtualMachine();
        add(vm, name, vcpus);
        shape.accept(vm);
    }

    private void add(VirtualMachine vm, String name, int vcpus) {
        vm.setId("vm-" + vms.size());
        vm.setName(name);
        for (int i = 0; i < vcpus; i++) {
            VirtualCpu v = F.createVirtualCpu();
            v.setIndex(i);
            v.setName("vcpu" + i);
            vm.getVcpus().add(v);
        }
        cloud.getVirtualMachines().add(vm);
        vm.setHost(host);
        vms.put(name, vm);
    }

    private static void disk(VirtualMachine vm, String name, DiskFormat format, String target, Consumer<Disk> shape) {
        Disk d = F.createDisk();
        d.setName(name);
        d.setFormat(format);
        d.setTarget(target);
        vm.getDisks().add(d);
        shape.accept(d);
    }

    private static void nic(VirtualMachine vm, String name, String mac, String ip, OverlayNetwork overlay,
            Subnet subnet) {
        NetworkInterface n = F.createNetworkInterface();
        n.setName(name);
        n.setMac(mac);
        n.setIp(ip);
        n.setOverlay(overlay);
        n.setSubnet(subnet);
        vm.getNics().add(n);
    }
}
