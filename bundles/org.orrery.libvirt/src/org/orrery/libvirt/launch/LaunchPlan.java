package org.orrery.libvirt.launch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.HypervisorUri;
import org.orrery.libvirt.internal.Messages;
import org.orrery.libvirt.xml.DhcpHost;
import org.orrery.libvirt.xml.DomainXmlWriter;
import org.orrery.libvirt.xml.LibvirtNames;
import org.orrery.libvirt.xml.StorageXml;
import org.orrery.libvirt.xml.NetworkXmlWriter;
import org.orrery.model.Cloud;
import org.orrery.model.Disk;
import org.orrery.model.DiskFormat;
import org.orrery.model.Host;
import org.orrery.model.Image;
import org.orrery.model.NetworkInterface;
import org.orrery.model.OverlayKind;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.VirtualMachine;
import org.orrery.model.VmState;
import org.orrery.model.World;

/**
 * What launching some VMs of a model will do, computed from the model alone before any host is
 * touched: which networks are defined on which hypervisor, which domains, which VMs are left out
 * and why, and what the user should know (notes). Hosts that share a URI share one hypervisor, so
 * an overlay becomes one network per URI.
 */
public final class LaunchPlan {

    /**
     * A network to define and start.
     *
     * @param uri     the hypervisor
     * @param overlay the overlay it realizes
     * @param name    its libvirt name
     * @param xml     its definition
     */
    public record NetworkStep(String uri, OverlayNetwork overlay, String name, String xml) {
    }

    /**
     * A domain to define, and to start (and pause) when the VM's state says so.
     *
     * @param uri   the hypervisor
     * @param host  the model host
     * @param vm    the VM
     * @param name  its domain name
     * @param xml   its definition
     * @param start whether it is started (running, paused and migrating VMs)
     * @param pause whether it is paused after starting
     */
    public record DomainStep(String uri, Host host, VirtualMachine vm, String name, String xml, boolean start,
            boolean pause) {
    }

    /**
     * A disk file to create as a storage volume, unless the host has it already.
     *
     * @param uri         the hypervisor
     * @param domain      the domain whose disk it is, or null for a test host's stand-in of an image
     * @param path        the file (the domain XML's source)
     * @param xml         the volume's definition
     * @param backingPath the file it is a copy-on-write overlay of, or null
     */
    public record VolumeStep(String uri, String domain, String path, String xml, String backingPath) {

        /** The directory the file goes to (a storage pool's target). */
        public String directory() {
            return StorageXml.directoryOf(path);
        }
    }

    /**
     * A disk file that must exist already: a read-only disk (an installation image, a shared base).
     *
     * @param uri    the hypervisor
     * @param domain the domain whose disk it is
     * @param path   the file
     */
    public record RequiredFile(String uri, String domain, String path) {
    }

    /**
     * A network that must already exist on a hypervisor (NICs without an overlay join it).
     *
     * @param uri  the hypervisor
     * @param name the network's name
     */
    public record RequiredNetwork(String uri, String name) {
    }

    /**
     * A VM the plan leaves out.
     *
     * @param vm     the VM
     * @param reason why, for the user
     */
    public record Skipped(VirtualMachine vm, String reason) {
    }

    private final List<NetworkStep> networks;
    private final List<DomainStep> domains;
    private final List<VolumeStep> volumes;
    private final List<RequiredFile> requiredFiles;
    private final List<RequiredNetwork> required;
    private final List<Skipped> skipped;
    private final List<String> notes;
    private final LaunchOptions options;

    private LaunchPlan(List<NetworkStep> networks, List<VolumeStep> volumes, List<RequiredFile> requiredFiles,
            List<DomainStep> domains, List<RequiredNetwork> required, List<Skipped> skipped, List<String> notes,
            LaunchOptions options) {
        this.networks = List.copyOf(networks);
        this.volumes = List.copyOf(volumes);
        this.requiredFiles = List.copyOf(requiredFiles);
        this.domains = List.copyOf(domains);
        this.required = List.copyOf(required);
        this.skipped = List.copyOf(skipped);
        this.notes = List.copyOf(notes);
        this.options = options;
    }

    /** The plan for every VM of {@code world}. */
    public static LaunchPlan of(World world, LaunchOptions options) {
        List<VirtualMachine> vms = new ArrayList<>();
        for (Cloud cloud : world.getClouds()) {
            vms.addAll(cloud.getVirtualMachines());
        }
        return of(vms, options);
    }

    /** The plan for {@code vms} (in their order) and the overlays their NICs use. */
    public static LaunchPlan of(Collection<VirtualMachine> vms, LaunchOptions options) {
        List<DomainStep> domains = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (VirtualMachine vm : new LinkedHashSet<>(vms)) {
            String reason = reasonToSkip(vm);
            if (reason != null) {
                skipped.add(new Skipped(vm, reason));
                continue;
            }
            Host host = vm.getHost();
            String uri = host.getLibvirtUri().strip();
            String xml = DomainXmlWriter.write(vm, LibvirtNames.domainType(host), options.imagesDirectory());
            boolean start = vm.getState() == VmState.RUNNING || vm.getState() == VmState.PAUSED
                    || vm.getState() == VmState.MIGRATING;
            domains.add(new DomainStep(uri, host, vm, LibvirtNames.domain(vm), xml, start,
                    vm.getState() == VmState.PAUSED));
        }
        List<VolumeStep> volumes = new ArrayList<>();
        List<RequiredFile> files = new ArrayList<>();
        disksOf(domains, options.imagesDirectory(), volumes, files, notes);
        List<NetworkStep> networks = new ArrayList<>();
        List<RequiredNetwork> required = new ArrayList<>();
        networksOf(domains, networks, required, notes);
        return new LaunchPlan(networks, volumes, files, domains, required, skipped, notes, options);
    }

    /**
     * The disk files of the domains: writable disks become volumes to create (overlays after the
     * disks they are overlays of), read-only ones must exist. A backing disk of a VM outside the
     * launch, and a backing image, must exist on the host; the launch's check says so when not.
     */
    private static void disksOf(List<DomainStep> domains, String directory, List<VolumeStep> volumes,
            List<RequiredFile> files, List<String> notes) {
        List<VolumeStep> pending = new ArrayList<>();
        Set<String> images = new HashSet<>();
        for (DomainStep d : domains) {
            for (Disk disk : d.vm().getDisks()) {
                String path = StorageXml.diskPath(d.vm(), disk, directory);
                if (disk.isReadOnly()) {
                    files.add(new RequiredFile(d.uri(), d.name(), path));
                    continue;
                }
                String backing = null;
                DiskFormat backingFormat = null;
                if (disk.getBackingDisk() != null && disk.getBackingDisk().eContainer() instanceof VirtualMachine owner) {
                    backing = StorageXml.diskPath(owner, disk.getBackingDisk(), directory);
                    backingFormat = disk.getBackingDisk().getFormat();
                } else if (disk.getBackingImage() != null) {
                    Image image = disk.getBackingImage();
                    backing = StorageXml.imagePath(image, directory);
                    backingFormat = image.getFormat();
                    if (d.uri().startsWith("test:") && images.add(d.uri() + "\n" + backing)) {
                        // libvirt's test hosts hold nothing real: an empty stand-in of the image lets a
                        // lab launch there; on a real host the image must be there (the check says so)
                        pending.add(new VolumeStep(d.uri(), null, backing, StorageXml.volume(StorageXml.fileOf(backing),
                                Math.max(image.getSizeMB(), 1) / 1024.0, image.getFormat(), null, null), null));
                        notes.add(NLS.bind(Messages.Plan_testImage, image.getName(), d.uri()));
                    }
                }
                if (backing != null && disk.getFormat() == DiskFormat.RAW) {
                    // a raw file has no header to name a backing file in
                    notes.add(NLS.bind(Messages.Plan_rawOverlay, new Object[] {disk.getName(), d.name(), backing}));
                    backing = null;
                }
                pending.add(new VolumeStep(d.uri(), d.name(), path, StorageXml.volume(StorageXml.fileOf(path),
                        disk.getSizeGB(), disk.getFormat(), backing, backingFormat), backing));
            }
        }
        // overlays after what they overlay: repeatedly take the volumes whose backing is not still pending
        while (!pending.isEmpty()) {
            List<VolumeStep> ready = pending.stream().filter(v -> pending.stream().noneMatch(
                    o -> o != v && o.uri().equals(v.uri()) && o.path().equals(v.backingPath()))).toList();
            if (ready.isEmpty()) {
                ready = List.of(pending.get(0)); // a cycle of backing disks: libvirt will refuse it and say why
            }
            volumes.addAll(ready);
            pending.removeAll(ready);
        }
        if (!volumes.isEmpty()) {
            notes.add(NLS.bind(Messages.Plan_volumes, volumes.size(), directory));
        }
    }

    private static String reasonToSkip(VirtualMachine vm) {
        if (vm.getState() == VmState.DOCKED) {
            return Messages.Plan_skipDocked;
        }
        Host host = vm.getHost();
        if (host == null) {
            return Messages.Plan_skipNotPlaced;
        }
        if (host.getLibvirtUri() == null || host.getLibvirtUri().isBlank()) {
            return NLS.bind(Messages.Plan_skipNoUri, host.getName());
        }
        try {
            HypervisorUri.parse(host.getLibvirtUri());
        } catch (HypervisorException e) {
            return NLS.bind(Messages.Plan_skipBadUri, host.getName(), e.getMessage());
        }
        if (vm.getVcpus().isEmpty()) {
            return Messages.Plan_skipNoVcpu;
        }
        return null;
    }

    /** One network per (URI, overlay) the planned NICs use; the fixed addresses of the NICs on it. */
    private static void networksOf(List<DomainStep> domains, List<NetworkStep> networks,
            List<RequiredNetwork> required, List<String> notes) {
        Map<String, Map<OverlayNetwork, List<DhcpHost>>> byUri = new LinkedHashMap<>();
        Set<RequiredNetwork> defaults = new LinkedHashSet<>();
        for (DomainStep step : domains) {
            for (NetworkInterface nic : step.vm().getNics()) {
                if (nic.getOverlay() == null) {
                    defaults.add(new RequiredNetwork(step.uri(), LibvirtNames.DEFAULT_NETWORK));
                    continue;
                }
                List<DhcpHost> hosts = byUri.computeIfAbsent(step.uri(), u -> new LinkedHashMap<>())
                        .computeIfAbsent(nic.getOverlay(), o -> new ArrayList<>());
                if (nic.getIp() != null && !nic.getIp().isBlank()) {
                    if (nic.getMac() == null || nic.getMac().isBlank()) {
                        notes.add(NLS.bind(Messages.Plan_ipWithoutMac, nic.getName(), step.name()));
                    } else {
                        hosts.add(new DhcpHost(nic.getMac().strip().toLowerCase(java.util.Locale.ROOT),
                                nic.getIp().strip(), LibvirtNames.hostName(step.name())));
                    }
                }
            }
        }
        Map<OverlayNetwork, Integer> spread = new LinkedHashMap<>();
        byUri.forEach((uri, overlays) -> overlays.forEach((overlay, hosts) -> {
            String name = LibvirtNames.network(overlay);
            NetworkXmlWriter.Result result = NetworkXmlWriter.write(overlay, name, hosts);
            networks.add(new NetworkStep(uri, overlay, name, result.xml()));
            for (DhcpHost lost : result.leftOut()) {
                notes.add(NLS.bind(Messages.Plan_addressLeftOut, new Object[] {lost.ip(), lost.name(), name}));
            }
            spread.merge(overlay, 1, Integer::sum);
        }));
        spread.forEach((overlay, count) -> {
            if (count > 1 && overlay.getKind() != OverlayKind.LIBVIRT_NETWORK) {
                notes.add(NLS.bind(Messages.Plan_overlayIsolated, overlay.getName(), count));
            }
        });
        required.addAll(defaults);
    }

    /** Networks to define, in launch order. */
    public List<NetworkStep> networks() {
        return networks;
    }

    /** Disk files to create (unless they exist), in launch order: after the networks, before the domains. */
    public List<VolumeStep> volumes() {
        return volumes;
    }

    /** Disk files that must exist already (read-only disks). */
    public List<RequiredFile> requiredFiles() {
        return requiredFiles;
    }

    /** Domains to define (and start), in launch order. */
    public List<DomainStep> domains() {
        return domains;
    }

    /** Networks that must exist already. */
    public List<RequiredNetwork> requiredNetworks() {
        return required;
    }

    /** VMs left out, with why. */
    public List<Skipped> skipped() {
        return skipped;
    }

    /** What the user should know before launching (left-out addresses, isolated overlays, disk volumes). */
    public List<String> notes() {
        return notes;
    }

    public LaunchOptions options() {
        return options;
    }

    /** The distinct model hosts domains go to. */
    public List<Host> hosts() {
        return domains.stream().map(DomainStep::host).distinct().toList();
    }

    /** The distinct hypervisor URIs the plan touches, networks first. */
    public List<String> uris() {
        Set<String> uris = new LinkedHashSet<>();
        networks.forEach(n -> uris.add(n.uri()));
        volumes.forEach(v -> uris.add(v.uri()));
        domains.forEach(d -> uris.add(d.uri()));
        return List.copyOf(uris);
    }

    /** Whether there is anything to do. */
    public boolean isEmpty() {
        return networks.isEmpty() && volumes.isEmpty() && domains.isEmpty();
    }

    /** e.g. "Will define 3 networks and 12 domains on 4 hosts (10 started)." */
    public String summary() {
        String text = counts(Messages.Plan_summary);
        int hosts = hosts().size();
        int uris = (int) domains.stream().map(DomainStep::uri).distinct().count();
        if (uris < hosts) {
            text += " " + NLS.bind(Messages.Plan_sharedUris, uris);
        }
        if (!volumes.isEmpty()) {
            text += " " + NLS.bind(Messages.Plan_volumeCount, volumes.size());
        }
        if (!skipped.isEmpty()) {
            text += " " + NLS.bind(Messages.Plan_skippedCount, skipped.size());
        }
        return text;
    }

    /** {@code template} with {0} networks, {1} domains, {2} hosts, {3} started domains filled in. */
    String counts(String template) {
        long started = domains.stream().filter(DomainStep::start).count();
        return NLS.bind(template, new Object[] {count(networks.size(), Messages.Plan_network, Messages.Plan_networks),
            count(domains.size(), Messages.Plan_domain, Messages.Plan_domains),
            count(hosts().size(), Messages.Plan_host, Messages.Plan_hosts), started});
    }

    static String count(int n, String one, String many) {
        return NLS.bind(n == 1 ? one : many, n);
    }
}
