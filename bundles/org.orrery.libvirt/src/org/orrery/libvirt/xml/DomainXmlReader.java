package org.orrery.libvirt.xml;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.orrery.model.Architecture;
import org.orrery.model.Clone;
import org.orrery.model.Datastore;
import org.orrery.model.Disk;
import org.orrery.model.DiskFormat;
import org.orrery.model.Image;
import org.orrery.model.InstanceType;
import org.orrery.model.MemoryProfile;
import org.orrery.model.NetworkInterface;
import org.orrery.model.OrreryFactory;
import org.orrery.model.PhoneInstance;
import org.orrery.model.PhysicalCpu;
import org.orrery.model.Subnet;
import org.orrery.model.Substrate;
import org.orrery.model.VirtualCpu;
import org.orrery.model.VirtualMachine;
import org.orrery.model.VmRole;
import org.w3c.dom.Element;

/**
 * Turns libvirt domain XML into a model VM (not yet placed, state left at its default): the
 * inverse of {@link DomainXmlWriter}. For a domain Orrery launched, its metadata gives back every
 * field exactly; for any other domain, what libvirt describes is read and the rest takes the
 * model's defaults.
 */
public final class DomainXmlReader {

    private static final OrreryFactory FACTORY = OrreryFactory.eINSTANCE;
    private static final long KIB_PER_MIB = 1024;

    private DomainXmlReader() {
    }

    /**
     * The VM {@code xml} describes.
     *
     * @throws IllegalArgumentException when {@code xml} is not a domain definition
     */
    public static VirtualMachine read(String xml, ModelLookup lookup) {
        Element domain = XmlIn.parse(xml);
        if (!"domain".equals(domain.getLocalName())) {
            throw new IllegalArgumentException("not a domain definition: <" + domain.getLocalName() + ">");
        }
        Element meta = XmlIn.orreryMetadata(domain, "vm");
        VirtualMachine vm = "true".equals(XmlIn.attr(meta, "clone")) ? clone(meta, lookup) : FACTORY.createVirtualMachine();
        String name = XmlIn.childText(domain, "name");
        vm.setName(XmlIn.attr(meta, "name") != null ? XmlIn.attr(meta, "name") : name);
        vm.setId(XmlIn.attr(meta, "id"));
        vm.setDescription(XmlIn.childText(domain, "description"));
        vm.setOwner(XmlIn.attr(meta, "owner"));
        VmRole role = VmRole.get(String.valueOf(XmlIn.attr(meta, "role")));
        if (role != null) {
            vm.setRole(role);
        }
        vm.setInstanceType(lookup.byId(XmlIn.attr(meta, "instanceType"), InstanceType.class));
        vm.setActivatedFrom(lookup.byId(XmlIn.attr(meta, "activatedFrom"), Substrate.class));
        vm.setSplitFrom(lookup.byId(XmlIn.attr(meta, "splitFrom"), VirtualMachine.class));
        vm.setBootTimeS(XmlIn.doubleAttr(meta, "bootTimeS", vm.getBootTimeS()));
        Element profile = XmlIn.orreryChildren(meta, "memoryProfile").stream().findFirst().orElse(null);
        if (profile != null) {
            MemoryProfile m = FACTORY.createMemoryProfile();
            m.setDirtyRatePagesPerS(XmlIn.doubleAttr(profile, "dirtyRatePagesPerS", m.getDirtyRatePagesPerS()));
            m.setWritableWorkingSetMB(XmlIn.doubleAttr(profile, "writableWorkingSetMB", m.getWritableWorkingSetMB()));
            m.setUsedMB(XmlIn.doubleAttr(profile, "usedMB", m.getUsedMB()));
            m.setIntraDuplicateFraction(XmlIn.doubleAttr(profile, "intraDuplicateFraction",
                    m.getIntraDuplicateFraction()));
            m.setSharedWithPeersMB(XmlIn.doubleAttr(profile, "sharedWithPeersMB", m.getSharedWithPeersMB()));
            vm.setMemoryProfile(m);
        }
        vm.setMemoryMB((int) (kib(XmlIn.child(domain, "memory")) / KIB_PER_MIB));
        vm.setArchitecture(architecture(XmlIn.attr(XmlIn.child(XmlIn.child(domain, "os"), "type"), "arch")));
        vcpus(vm, domain, meta, lookup);
        disks(vm, domain, meta, lookup);
        nics(vm, domain, meta, lookup);
        return vm;
    }

    /**
     * The model id Orrery's metadata gives the domain, or null for a domain Orrery did not launch.
     * Reads nothing else, and resolves no reference: safe to call before deciding to import.
     */
    public static String idOf(String xml) {
        return XmlIn.attr(XmlIn.orreryMetadata(XmlIn.parse(xml), "vm"), "id");
    }

    /** The model architecture of a libvirt architecture name. */
    public static Architecture architecture(String arch) {
        if (arch == null) {
            return Architecture.X86_64;
        }
        if (arch.startsWith("arm")) {
            return Architecture.ARM;
        }
        return arch.equals("aarch64") ? Architecture.AARCH64 : Architecture.X86_64;
    }

    private static void vcpus(VirtualMachine vm, Element domain, Element meta, ModelLookup lookup) {
        Element vcpu = XmlIn.child(domain, "vcpu");
        int total = vcpu == null ? 1 : Integer.parseInt(vcpu.getTextContent().strip());
        int current = XmlIn.intAttr(vcpu, "current", total);
        Map<Integer, Element> described = new HashMap<>();
        for (Element e : XmlIn.orreryChildren(meta, "vcpu")) {
            described.put(XmlIn.intAttr(e, "index", -1), e);
        }
        Map<Integer, String> pins = new HashMap<>();
        Element cputune = XmlIn.child(domain, "cputune");
        for (Element pin : XmlIn.children(cputune, "vcpupin")) {
            pins.put(XmlIn.intAttr(pin, "vcpu", -1), XmlIn.attr(pin, "cpuset"));
        }
        for (int i = 0; i < total; i++) {
            Element e = described.get(i);
            VirtualCpu v = FACTORY.createVirtualCpu();
            v.setIndex(i);
            v.setName(XmlIn.attr(e, "name") != null ? XmlIn.attr(e, "name") : "vcpu" + i);
            v.setWeight(XmlIn.intAttr(e, "weight", DomainXmlWriter.DEFAULT_VCPU_WEIGHT));
            v.setOnline(e != null ? !"false".equals(XmlIn.attr(e, "online")) : i < current);
            for (int index : cpuset(pins.get(i))) {
                PhysicalCpu pcpu = lookup.pcpu(index);
                if (pcpu != null) {
                    v.getAffinity().add(pcpu);
                }
            }
            vm.getVcpus().add(v);
        }
        String shares = XmlIn.childText(cputune, "shares");
        if (meta != null && meta.hasAttribute("cpuWeight")) {
            vm.setCpuWeight(XmlIn.intAttr(meta, "cpuWeight", DomainXmlWriter.DEFAULT_WEIGHT));
        } else if (shares != null) {
            vm.setCpuWeight((int) (Long.parseLong(shares) / DomainXmlWriter.SHARES_PER_WEIGHT));
        }
    }

    private static void disks(VirtualMachine vm, Element domain, Element meta, ModelLookup lookup) {
        Map<String, Element> described = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (Element e : XmlIn.orreryChildren(meta, "disk")) {
            described.put(XmlIn.attr(e, "target"), e);
            order.put(XmlIn.attr(e, "target"), order.size());
        }
        Map<String, Disk> byName = new HashMap<>();
        List<Disk> disks = new java.util.ArrayList<>();
        for (Element d : XmlIn.children(XmlIn.child(domain, "devices"), "disk")) {
            if (!"disk".equals(d.getAttribute("device")) && d.hasAttribute("device")) {
                continue; // CD-ROMs and floppies are not disks of the model
            }
            String target = XmlIn.attr(XmlIn.child(d, "target"), "dev");
            Element e = described.get(target);
            Disk disk = FACTORY.createDisk();
            disk.setName(XmlIn.attr(e, "name") != null ? XmlIn.attr(e, "name") : target);
            // a target Orrery chose for a disk without one is not written back into the model
            disk.setTarget("true".equals(XmlIn.attr(e, "targetChosen")) ? null : target);
            disk.setFormat(format(XmlIn.attr(XmlIn.child(d, "driver"), "type")));
            disk.setReadOnly(XmlIn.child(d, "readonly") != null);
            disk.setSizeGB(XmlIn.doubleAttr(e, "sizeGB", disk.getSizeGB()));
            disk.setDatastore(lookup.byId(XmlIn.attr(e, "datastore"), Datastore.class));
            disk.setBackingImage(lookup.byId(XmlIn.attr(e, "backingImage"), Image.class));
            disks.add(disk);
            byName.put(disk.getName(), disk);
        }
        // libvirt sorts disks by bus and device; the metadata keeps the model's order
        Map<Disk, String> targets = new HashMap<>();
        List<Element> xmlDisks = XmlIn.children(XmlIn.child(domain, "devices"), "disk").stream()
                .filter(d -> !d.hasAttribute("device") || "disk".equals(d.getAttribute("device"))).toList();
        for (int i = 0; i < disks.size(); i++) {
            targets.put(disks.get(i), XmlIn.attr(XmlIn.child(xmlDisks.get(i), "target"), "dev"));
        }
        disks.sort(java.util.Comparator.comparing(d -> order.getOrDefault(targets.get(d), Integer.MAX_VALUE)));
        vm.getDisks().addAll(disks);
        // a delta disk names the disk it is based on: resolve once all disks exist
        for (Element e : described.values()) {
            Disk disk = byName.get(XmlIn.attr(e, "name"));
            if (disk != null && XmlIn.attr(e, "backingDisk") != null) {
                disk.setBackingDisk(byName.get(XmlIn.attr(e, "backingDisk")));
            }
        }
    }

    private static void nics(VirtualMachine vm, Element domain, Element meta, ModelLookup lookup) {
        List<Element> described = XmlIn.orreryChildren(meta, "nic");
        List<Element> interfaces = XmlIn.children(XmlIn.child(domain, "devices"), "interface");
        for (int i = 0; i < interfaces.size(); i++) {
            Element n = interfaces.get(i);
            Element e = i < described.size() ? described.get(i) : null;
            NetworkInterface nic = FACTORY.createNetworkInterface();
            nic.setName(XmlIn.attr(e, "name") != null ? XmlIn.attr(e, "name") : "eth" + i);
            nic.setMac(XmlIn.attr(XmlIn.child(n, "mac"), "address"));
            String network = XmlIn.attr(XmlIn.child(n, "source"), "network");
            nic.setOverlay(network == null ? null : lookup.overlay(network));
            Subnet subnet = lookup.byId(XmlIn.attr(e, "subnet"), Subnet.class);
            nic.setSubnet(subnet != null && subnet.eContainer() == nic.getOverlay() ? subnet : null);
            String ip = XmlIn.attr(e, "ip");
            nic.setIp(ip != null ? ip : nic.getMac() == null ? null : lookup.ipFor(nic.getMac()));
            vm.getNics().add(nic);
        }
    }

    private static Clone clone(Element meta, ModelLookup lookup) {
        Clone clone = FACTORY.createClone();
        clone.setInstance(lookup.byId(XmlIn.attr(meta, "instance"), PhoneInstance.class));
        clone.setSpeedUp(XmlIn.doubleAttr(meta, "speedUp", clone.getSpeedUp()));
        return clone;
    }

    private static DiskFormat format(String type) {
        if (type == null) {
            return DiskFormat.RAW;
        }
        DiskFormat f = DiskFormat.get(type.toLowerCase(Locale.ROOT));
        return f == null ? DiskFormat.RAW : f;
    }

    private static int[] cpuset(String set) {
        if (set == null || set.isBlank()) {
            return new int[0];
        }
        // libvirt's syntax: "0-3,^2,6"
        java.util.TreeSet<Integer> cpus = new java.util.TreeSet<>();
        for (String part : set.split(",")) {
            String p = part.strip();
            if (p.startsWith("^")) {
                cpus.remove(Integer.parseInt(p.substring(1)));
            } else if (p.contains("-")) {
                String[] range = p.split("-");
                for (int c = Integer.parseInt(range[0]); c <= Integer.parseInt(range[1]); c++) {
                    cpus.add(c);
                }
            } else if (!p.isEmpty()) {
                cpus.add(Integer.parseInt(p));
            }
        }
        return cpus.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A memory element's size in KiB (libvirt's units: b, KB, k/KiB, MB, M/MiB, GB, G/GiB, ...). */
    static long kib(Element memory) {
        if (memory == null) {
            return 0;
        }
        long value = Long.parseLong(memory.getTextContent().strip());
        String unit = memory.hasAttribute("unit") ? memory.getAttribute("unit") : "KiB";
        double bytes = switch (unit) {
            case "b", "bytes" -> value;
            case "KB" -> value * 1e3;
            case "k", "KiB" -> value * 1024.0;
            case "MB" -> value * 1e6;
            case "M", "MiB" -> value * 1024.0 * 1024;
            case "GB" -> value * 1e9;
            case "G", "GiB" -> value * 1024.0 * 1024 * 1024;
            case "TB" -> value * 1e12;
            case "T", "TiB" -> value * 1024.0 * 1024 * 1024 * 1024;
            default -> throw new IllegalArgumentException("unknown memory unit '" + unit + "'");
        };
        return Math.round(bytes / 1024);
    }
}
