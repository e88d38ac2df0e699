package org.orrery.libvirt.xml;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.orrery.model.Architecture;
import org.orrery.model.Clone;
import org.orrery.model.Disk;
import org.orrery.model.MemoryProfile;
import org.orrery.model.NamedElement;
import org.orrery.model.NetworkInterface;
import org.orrery.model.PhysicalCpu;
import org.orrery.model.VirtualCpu;
import org.orrery.model.VirtualMachine;

/**
 * Writes the libvirt domain XML of a model VM.
 * <ul>
 * <li>memory in MiB; one {@code <vcpu>} per model vCPU, {@code current} counting the online ones;</li>
 * <li>the VM's CPU weight as cgroup {@code shares}, scaled so Xen's default 256 is libvirt's default
 * 1024 (written only when not the default); vCPU affinity as {@code vcpupin} by pCPU index;</li>
 * <li>each disk as a file {@code IMAGES/DOMAIN-DISK.FORMAT} (a launch creates the writable ones as
 * storage volumes, see {@link StorageXml}), bus from its target ({@code vd*}
 * virtio, {@code sd*} SCSI, {@code hd*} IDE);</li>
 * <li>each NIC on the libvirt network of its overlay ({@link LibvirtNames#network}), or on
 * {@code default} without one; its IP address is given by that network's DHCP;</li>
 * <li>what libvirt has no place for (ids, names, role, owner, per-vCPU weights, disk sizes and
 * images, NIC addresses, and the simulator's parameters: boot time, memory profile, lineage, the
 * clone's phone) in Orrery's {@code <metadata>}, so discovering the domain gives the VM back.</li>
 * </ul>
 */
public final class DomainXmlWriter {

    /** Where disk files live on hosts, unless a launch says otherwise. */
    public static final String DEFAULT_IMAGES_DIRECTORY = "/var/lib/libvirt/images";
    /** Xen's default credit weight, which the model uses as its default CPU weight. */
    static final int DEFAULT_WEIGHT = 256;
    /** cgroup shares per unit of model weight: 256 x 4 = libvirt's default of 1024. */
    static final int SHARES_PER_WEIGHT = 4;
    static final int DEFAULT_VCPU_WEIGHT = 1024;

    private DomainXmlWriter() {
    }

    /**
     * The domain XML of {@code vm}.
     *
     * @param type            the domain type ({@link LibvirtNames#domainType})
     * @param imagesDirectory where its disk files are on the host
     * @throws IllegalArgumentException when the VM has no vCPU (libvirt needs one)
     */
    public static String write(VirtualMachine vm, String type, String imagesDirectory) {
        Objects.requireNonNull(type, "type");
        List<VirtualCpu> vcpus = vm.getVcpus();
        if (vcpus.isEmpty()) {
            throw new IllegalArgumentException("VM '" + vm.getName() + "' has no vCPU");
        }
        String name = LibvirtNames.domain(vm);
        XmlOut x = new XmlOut();
        x.start("domain").attr("type", type);
        x.element("name", name);
        if (vm.getDescription() != null && !vm.getDescription().isEmpty()) {
            x.element("description", vm.getDescription());
        }
        Set<String> targets = new HashSet<>();
        vm.getDisks().forEach(d -> targets.add(d.getTarget()));
        Map<Disk, String> diskTargets = new LinkedHashMap<>();
        vm.getDisks().forEach(d -> diskTargets.put(d, targetOf(d, targets)));
        metadata(x, vm, name, diskTargets);
        x.start("memory").attr("unit", "MiB").text(vm.getMemoryMB()).end();
        x.start("currentMemory").attr("unit", "MiB").text(vm.getMemoryMB()).end();
        long online = vcpus.stream().filter(VirtualCpu::isOnline).count();
        x.start("vcpu").attr("placement", "static").attr("current", online < vcpus.size() ? online : null)
                .text(vcpus.size()).end();
        cputune(x, vm);
        x.start("os");
        x.start("type").attr("arch", arch(vm.getArchitecture()))
                .attr("machine", vm.getArchitecture() != Architecture.X86_64 && !"test".equals(type) ? "virt" : null)
                .text("hvm").end();
        x.end();
        x.start("devices");
        diskTargets.forEach((disk, target) -> disk(x, disk, target, name, imagesDirectory));
        for (NetworkInterface nic : vm.getNics()) {
            x.start("interface").attr("type", "network");
            if (nic.getMac() != null && !nic.getMac().isBlank()) {
                x.start("mac").attr("address", nic.getMac().strip().toLowerCase(java.util.Locale.ROOT)).end();
            }
            x.start("source").attr("network", LibvirtNames.network(nic.getOverlay())).end();
            x.start("model").attr("type", "virtio").end();
            x.end();
        }
        x.end();
        x.end();
        return x.finish();
    }

    /** libvirt's architecture name of a model architecture. */
    public static String arch(Architecture architecture) {
        return switch (architecture) {
            case ARM -> "armv7l";
            case AARCH64 -> "aarch64";
            default -> "x86_64";
        };
    }

    private static void metadata(XmlOut x, VirtualMachine vm, String domainName, Map<Disk, String> targets) {
        x.start("metadata");
        x.start(LibvirtNames.PREFIX, "vm", LibvirtNames.NAMESPACE).attr("id", vm.getId())
                .attr("name", Objects.equals(vm.getName(), domainName) ? null : vm.getName())
                .attr("role", vm.getRole().getLiteral()).attr("owner", vm.getOwner())
                .attr("cpuWeight", vm.getCpuWeight()).attr("instanceType", idOf(vm.getInstanceType()))
                .attr("bootTimeS", vm.getBootTimeS()).attr("activatedFrom", idOf(vm.getActivatedFrom()))
                .attr("splitFrom", idOf(vm.getSplitFrom()));
        if (vm instanceof Clone clone) {
            x.attr("clone", "true").attr("instance", idOf(clone.getInstance())).attr("speedUp", clone.getSpeedUp());
        }
        MemoryProfile memory = vm.getMemoryProfile();
        if (memory != null) {
            x.start(LibvirtNames.PREFIX, "memoryProfile", null)
                    .attr("dirtyRatePagesPerS", memory.getDirtyRatePagesPerS())
                    .attr("writableWorkingSetMB", memory.getWritableWorkingSetMB()).attr("usedMB", memory.getUsedMB())
                    .attr("intraDuplicateFraction", memory.getIntraDuplicateFraction())
                    .attr("sharedWithPeersMB", memory.getSharedWithPeersMB()).end();
        }
        for (VirtualCpu vcpu : vm.getVcpus()) {
            x.start(LibvirtNames.PREFIX, "vcpu", null).attr("index", vcpu.getIndex()).attr("name", vcpu.getName())
                    .attr("weight", vcpu.getWeight() == DEFAULT_VCPU_WEIGHT ? null : vcpu.getWeight())
                    .attr("online", vcpu.isOnline() ? null : "false").end();
        }
        for (Disk disk : vm.getDisks()) {
            x.start(LibvirtNames.PREFIX, "disk", null).attr("name", disk.getName()).attr("sizeGB", disk.getSizeGB())
                    .attr("datastore", idOf(disk.getDatastore())).attr("backingImage", idOf(disk.getBackingImage()))
                    .attr("backingDisk", disk.getBackingDisk() == null ? null : disk.getBackingDisk().getName())
                    .attr("target", targets.get(disk))
                    .attr("targetChosen", disk.getTarget() == null || disk.getTarget().isBlank() ? "true" : null).end();
        }
        for (NetworkInterface nic : vm.getNics()) {
            x.start(LibvirtNames.PREFIX, "nic", null).attr("name", nic.getName()).attr("ip", nic.getIp())
                    .attr("subnet", idOf(nic.getSubnet())).end();
        }
        x.end();
        x.end();
    }

    private static void cputune(XmlOut x, VirtualMachine vm) {
        boolean shares = vm.getCpuWeight() != DEFAULT_WEIGHT;
        List<VirtualCpu> pinned = vm.getVcpus().stream().filter(v -> !v.getAffinity().isEmpty()).toList();
        if (!shares && pinned.isEmpty()) {
            return;
        }
        x.start("cputune");
        if (shares) {
            x.element("shares", (long) vm.getCpuWeight() * SHARES_PER_WEIGHT);
        }
        for (VirtualCpu vcpu : pinned) {
            String cpuset = vcpu.getAffinity().stream().map(PhysicalCpu::getIndex).sorted().distinct()
                    .map(String::valueOf).collect(Collectors.joining(","));
            x.start("vcpupin").attr("vcpu", vcpu.getIndex()).attr("cpuset", cpuset).end();
        }
        x.end();
    }

    private static void disk(XmlOut x, Disk disk, String target, String domain, String imagesDirectory) {
        String format = StorageXml.format(disk.getFormat());
        // the same path the launch creates the volume at
        String file = imagesDirectory.replaceAll("/+$", "") + "/" + StorageXml.diskFileName(domain, disk);
        x.start("disk").attr("type", "file").attr("device", "disk");
        x.start("driver").attr("name", "qemu").attr("type", format).end();
        x.start("source").attr("file", file).end();
        x.start("target").attr("dev", target).attr("bus", busOf(target)).end();
        if (disk.isReadOnly()) {
            x.start("readonly").end();
        }
        x.end();
    }

    /** The disk's target, or the first free {@code vdX} for disks without one. */
    private static String targetOf(Disk disk, Set<String> used) {
        if (disk.getTarget() != null && !disk.getTarget().isBlank()) {
            return disk.getTarget().strip();
        }
        for (char c = 'a'; c <= 'z'; c++) {
            String candidate = "vd" + c;
            if (used.add(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("more than 26 disks without a target");
    }

    static String busOf(String target) {
        if (target.startsWith("sd")) {
            return "scsi";
        }
        if (target.startsWith("hd")) {
            return "ide";
        }
        if (target.startsWith("xvd")) {
            return "xen";
        }
        return "virtio";
    }

    private static String idOf(NamedElement element) {
        if (element == null) {
            return null;
        }
        return element.getId() == null || element.getId().isBlank() ? element.getName() : element.getId();
    }
}
