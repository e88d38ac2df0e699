package org.orrery.libvirt.discover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.DomainState;
import org.orrery.libvirt.DomainSummary;
import org.orrery.libvirt.HostInfo;
import org.orrery.libvirt.HypervisorConnection;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.HypervisorUri;
import org.orrery.libvirt.NetworkSummary;
import org.orrery.libvirt.Progress;
import org.orrery.libvirt.internal.Messages;
import org.orrery.libvirt.xml.DomainXmlReader;
import org.orrery.libvirt.xml.LibvirtNames;
import org.orrery.libvirt.xml.ModelLookup;
import org.orrery.libvirt.xml.NetworkXmlReader;
import org.orrery.model.Cloud;
import org.orrery.model.Host;
import org.orrery.model.HypervisorKind;
import org.orrery.model.NamedElement;
import org.orrery.model.OrreryFactory;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.PhysicalCpu;
import org.orrery.model.Site;
import org.orrery.model.VirtualMachine;
import org.orrery.model.VmState;
import org.orrery.model.World;

/**
 * Imports what hosts really run into a model, so a lab admin starts from reality: every domain
 * and network on the hosts of a world (or on one URI, into a new world) becomes, or updates, a VM
 * and an overlay. A domain Orrery launched is recognised by the id in its metadata, any other by
 * its name; a VM the model has is updated (host, state, memory), never duplicated. The
 * {@code default} network is the hosts' physical network, not an overlay.
 * <p>
 * The world is changed in place on the caller's thread; callers holding it in an editor work on a
 * copy or wrap the call in a command.
 */
public final class Discovery {

    private static final OrreryFactory FACTORY = OrreryFactory.eINSTANCE;
    private static final long KIB_PER_MIB = 1024;
    private static final double MHZ_PER_GHZ = 1000.0;

    private final ConnectionManager manager;

    public Discovery(ConnectionManager manager) {
        this.manager = Objects.requireNonNull(manager, "manager");
    }

    /** Imports the domains and networks of every host of {@code world} that has a libvirt URI. */
    public DiscoveryReport discover(World world, Progress progress) {
        Map<String, List<Host>> byUri = new LinkedHashMap<>();
        for (Cloud cloud : world.getClouds()) {
            for (Site site : cloud.getSites()) {
                for (Host host : site.getHosts()) {
                    if (host.getLibvirtUri() != null && !host.getLibvirtUri().isBlank()) {
                        byUri.computeIfAbsent(host.getLibvirtUri().strip(), u -> new ArrayList<>()).add(host);
                    }
                }
            }
        }
        Run run = new Run(world);
        progress.begin(Messages.Discover_task, byUri.size());
        for (Map.Entry<String, List<Host>> entry : byUri.entrySet()) {
            if (progress.isCancelled()) {
                run.problems.add(Messages.Discover_cancelled);
                break;
            }
            progress.step(NLS.bind(Messages.Discover_reading, entry.getKey()));
            try {
                run.host(manager.connect(entry.getKey()), entry.getValue());
            } catch (HypervisorException e) {
                run.problems.add(e.getMessage());
            }
        }
        return run.report();
    }

    /**
     * A new world holding the host {@code uri} reaches, with its domains and networks.
     *
     * @throws HypervisorException when the URI is not valid or the host cannot be read
     */
    public Result discover(String uri, Progress progress) throws HypervisorException {
        HypervisorUri parsed = HypervisorUri.parse(uri);
        progress.begin(Messages.Discover_task, 1);
        progress.step(NLS.bind(Messages.Discover_reading, parsed.text()));
        HypervisorConnection connection = manager.connect(parsed.text());
        HostInfo info = connection.hostInfo();
        String hostName = connection.hostName();
        World world = FACTORY.createWorld();
        world.setId("discovered");
        world.setName(NLS.bind(Messages.Discover_worldName, hostName));
        Cloud cloud = FACTORY.createCloud();
        cloud.setId("cloud");
        cloud.setName(hostName);
        Site site = FACTORY.createSite();
        site.setId("site");
        site.setName(hostName);
        Host host = FACTORY.createHost();
        host.setId(LibvirtNames.hostName(hostName));
        host.setName(hostName);
        host.setLibvirtUri(parsed.text());
        host.setHypervisor(parsed.kind().name().startsWith("TEST") ? HypervisorKind.TEST : HypervisorKind.KVM);
        host.setMemoryMB((int) (info.memoryKiB() / KIB_PER_MIB));
        host.setCpuModel(info.cpuModel());
        host.setClockGHz(info.mhz() / MHZ_PER_GHZ);
        for (int i = 0; i < info.cpus(); i++) {
            PhysicalCpu pcpu = FACTORY.createPhysicalCpu();
            pcpu.setId(host.getId() + "-cpu" + i);
            pcpu.setName("cpu" + i);
            pcpu.setIndex(i);
            pcpu.setCore(i);
            host.getPcpus().add(pcpu);
        }
        site.getHosts().add(host);
        cloud.getSites().add(site);
        world.getClouds().add(cloud);
        Run run = new Run(world);
        run.host(connection, List.of(host));
        return new Result(world, run.report());
    }

    /**
     * A world discovered from a URI and what was found.
     *
     * @param world  the new world
     * @param report what it holds
     */
    public record Result(World world, DiscoveryReport report) {
    }

    /** One discovery: the world, its index, and what has been found so far. */
    private static final class Run {
        private final World world;
        private final WorldIndex index;
        private final List<String> added = new ArrayList<>();
        private final List<String> updated = new ArrayList<>();
        private final List<String> missing = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final Map<Host, List<String>> seenOn = new LinkedHashMap<>();
        private int domains;
        private int networks;

        Run(World world) {
            this.world = world;
            this.index = new WorldIndex(world);
        }

        /** Imports one hypervisor, which the model's {@code hosts} share (usually one). */
        void host(HypervisorConnection connection, List<Host> hosts) throws HypervisorException {
            String uri = connection.uri().text();
            Map<String, String> ipsByMac = new HashMap<>();
            for (NetworkSummary n : connection.listNetworks()) {
                if (n.name().equals(LibvirtNames.DEFAULT_NETWORK)) {
                    continue;
                }
                NetworkXmlReader.Network read = NetworkXmlReader.read(connection.networkXml(n.name()));
                ipsByMac.putAll(read.ipsByMac());
                networks++;
                if (overlayNamed(n.name()) == null) {
                    OverlayNetwork overlay = read.overlay();
                    if (overlay.getId() == null || index.find(overlay.getId(), Object.class) != null) {
                        overlay.setId(index.freshId(n.name()));
                    }
                    world.getOverlays().add(overlay);
                    index.add(overlay);
                    overlay.getSubnets().forEach(index::add);
                    added.add(NLS.bind(Messages.Discover_addedNetwork, n.name(), uri));
                }
            }
            Host first = hosts.get(0);
            List<String> seen = new ArrayList<>();
            hosts.forEach(h -> seenOn.put(h, seen));
            for (DomainSummary d : connection.listDomains()) {
                domains++;
                seen.add(d.name());
                String xml = connection.domainXml(d.name());
                // a known VM is only updated: reading the XML into a new VM would resolve references
                // with opposites (a clone's phone instance) and take them from the known one
                VirtualMachine known = known(DomainXmlReader.idOf(xml), d.name(), hosts);
                if (known == null) {
                    adopt(DomainXmlReader.read(xml, lookup(first, ipsByMac)), d, first);
                    added.add(NLS.bind(Messages.Discover_addedDomain, d.name(), first.getName()));
                } else {
                    update(known, d, hosts);
                }
            }
        }

        private VirtualMachine known(String id, String domainName, List<Host> hosts) {
            VirtualMachine byId = index.find(id, VirtualMachine.class);
            if (byId != null) {
                return byId;
            }
            for (Host host : hosts) {
                Cloud cloud = cloudOf(host);
                for (VirtualMachine vm : cloud.getVirtualMachines()) {
                    if (LibvirtNames.domain(vm).equals(domainName)) {
                        return vm;
                    }
                }
            }
            return null;
        }

        private void adopt(VirtualMachine vm, DomainSummary d, Host host) {
            if (vm.getId() == null || index.find(vm.getId(), Object.class) != null) {
                vm.setId(index.freshId(d.name()));
            }
            vm.setState(stateOf(d.state()));
            cloudOf(host).getVirtualMachines().add(vm);
            vm.setHost(host);
            index.add(vm);
        }

        private void update(VirtualMachine vm, DomainSummary d, List<Host> hosts) {
            List<String> changes = new ArrayList<>();
            if (!hosts.contains(vm.getHost())) {
                vm.setHost(hosts.get(0));
                changes.add(NLS.bind(Messages.Discover_changedHost, hosts.get(0).getName()));
            }
            VmState state = stateOf(d.state());
            if (vm.getState() != state) {
                vm.setState(state);
                changes.add(NLS.bind(Messages.Discover_changedState, state.getLiteral()));
            }
            int memory = (int) (d.memoryKiB() / KIB_PER_MIB);
            if (vm.getMemoryMB() != memory) {
                vm.setMemoryMB(memory);
                changes.add(NLS.bind(Messages.Discover_changedMemory, memory));
            }
            if (!changes.isEmpty()) {
                updated.add(NLS.bind(Messages.Discover_updated, vm.getName(), String.join(", ", changes)));
            }
        }

        private OverlayNetwork overlayNamed(String network) {
            for (OverlayNetwork o : world.getOverlays()) {
                if (LibvirtNames.network(o).equals(network)) {
                    return o;
                }
            }
            return null;
        }

        private ModelLookup lookup(Host host, Map<String, String> ipsByMac) {
            return new ModelLookup() {
                @Override
                public OverlayNetwork overlay(String network) {
                    return overlayNamed(network);
                }

                @Override
                public <T extends NamedElement> T byId(String id, Class<T> type) {
                    return index.find(id, type);
                }

                @Override
                public PhysicalCpu pcpu(int i) {
                    return host.getPcpus().stream().filter(p -> p.getIndex() == i).findFirst().orElse(null);
                }

                @Override
                public String ipFor(String mac) {
                    return ipsByMac.get(mac.toLowerCase(java.util.Locale.ROOT));
                }
            };
        }

        DiscoveryReport report() {
            // only now: a VM the model misplaces may turn up on a host read after its own
            seenOn.forEach((host, seen) -> {
                for (VirtualMachine vm : host.getVirtualMachines()) {
                    if (!seen.contains(LibvirtNames.domain(vm))) {
                        missing.add(NLS.bind(Messages.Discover_missing, vm.getName(), host.getName()));
                    }
                }
            });
            String statement = NLS.bind(Messages.Discover_summary, new Object[] {domains, networks, added.size(),
                updated.size()});
            if (!problems.isEmpty()) {
                statement += " " + NLS.bind(Messages.Discover_unreadable, problems.size());
            }
            return new DiscoveryReport(added, updated, missing, problems, statement);
        }

        private static Cloud cloudOf(Host host) {
            return (Cloud) host.eContainer().eContainer();
        }
    }

    /** The model state of a hypervisor state. */
    static VmState stateOf(DomainState state) {
        return switch (state) {
            case RUNNING, BLOCKED -> VmState.RUNNING;
            case PAUSED -> VmState.PAUSED;
            case PM_SUSPENDED -> VmState.SUSPENDED;
            default -> VmState.HALTED;
        };
    }
}
