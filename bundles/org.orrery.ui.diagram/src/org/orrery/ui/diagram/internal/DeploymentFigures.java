package org.orrery.ui.diagram.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FlowLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.swt.graphics.Color;
import org.orrery.model.Cloud;
import org.orrery.model.Federation;
import org.orrery.model.Host;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.Phone;
import org.orrery.model.PhoneInstance;
import org.orrery.model.Site;
import org.orrery.model.Substrate;
import org.orrery.model.SubstratePool;
import org.orrery.model.VirtualMachine;
import org.orrery.model.World;

/**
 * Turns a model into nested figures: containment is drawn as nesting (cloud &gt; site &gt; host &gt;
 * VM, pool &gt; substrates, phone &gt; instances), CPUs as cells. The figures keep their model
 * object, so a view can find what a figure shows.
 */
final class DeploymentFigures {

    private static final Color PCPU = new Color(70, 96, 140);
    private static final Color VCPU = new Color(230, 170, 40);

    private DeploymentFigures() {
    }

    static IFigure build(World world) {
        Figure root = new Figure();
        FlowLayout flow = new FlowLayout(true);
        flow.setMajorSpacing(16);
        flow.setMinorSpacing(16);
        root.setLayoutManager(flow);
        root.setBorder(new MarginBorder(12));
        for (Cloud cloud : world.getClouds()) {
            root.add(cloud(cloud));
        }
        for (Federation f : world.getFederations()) {
            List<String> members = f.getMembers().stream().map(Cloud::getName).toList();
            root.add(new NodeFigure(KindStyle.CLOUD, f, f.getName(), "federation of " + String.join(", ", members)));
        }
        for (OverlayNetwork overlay : world.getOverlays()) {
            root.add(new NodeFigure(KindStyle.OVERLAY, overlay, overlay.getName(), lower(overlay.getKind()) + " overlay, "
                    + overlay.getNodes().size() + " nodes, " + overlay.getTunnels().size() + " tunnels"));
        }
        for (Phone phone : world.getPhones()) {
            root.add(phone(phone));
        }
        return root;
    }

    private static NodeFigure cloud(Cloud cloud) {
        NodeFigure f = new NodeFigure(KindStyle.CLOUD, cloud, cloud.getName(),
                lower(cloud.getKind()) + " cloud, " + lower(cloud.getToolkit()) + ", " + cloud.getVirtualMachines().size() + " VMs");
        for (Site site : cloud.getSites()) {
            NodeFigure s = new NodeFigure(KindStyle.SITE, site, site.getName(), site.getSubnet());
            for (Host host : site.getHosts()) {
                s.content().add(host(host));
            }
            f.content().add(s);
        }
        List<VirtualMachine> unplaced = new ArrayList<>();
        for (VirtualMachine vm : cloud.getVirtualMachines()) {
            if (vm.getHost() == null) {
                unplaced.add(vm);
            }
        }
        if (!unplaced.isEmpty()) {
            NodeFigure u = new NodeFigure(KindStyle.SITE, null, "not placed", unplaced.size() + " VMs without a host");
            unplaced.forEach(vm -> u.content().add(vm(vm)));
            f.content().add(u);
        }
        for (SubstratePool pool : cloud.getSubstratePools()) {
            NodeFigure p = new NodeFigure(KindStyle.POOL, pool, pool.getName(),
                    String.format(Locale.ROOT, "pool, %.0f MB", pool.getCapacityMB()));
            for (Substrate sub : pool.getSubstrates()) {
                p.content().add(new NodeFigure(KindStyle.POOL, sub, sub.getName(), String.format(Locale.ROOT,
                        "%s, %.0f MB (%.0f compressed)", lower(sub.getKind()), sub.getRawSizeMB(), sub.getCompressedSizeMB())));
            }
            f.content().add(p);
        }
        return f;
    }

    private static NodeFigure host(Host host) {
        NodeFigure h = new NodeFigure(KindStyle.HOST, host, host.getName(), host.getPcpus().size() + " pCPU, "
                + gib(host.getMemoryMB()) + ", " + lower(host.getHypervisor()));
        h.add(new CpuCellsFigure(host.getPcpus().size(), PCPU), 2);
        for (VirtualMachine vm : host.getVirtualMachines()) {
            h.content().add(vm(vm));
        }
        return h;
    }

    private static NodeFigure vm(VirtualMachine vm) {
        NodeFigure v = new NodeFigure(KindStyle.VM, vm, vm.getName(),
                vm.getVcpus().size() + " vCPU, " + gib(vm.getMemoryMB()) + ", " + lower(vm.getState()));
        v.add(new CpuCellsFigure(vm.getVcpus().size(), VCPU), 2);
        return v;
    }

    private static NodeFigure phone(Phone phone) {
        NodeFigure p = new NodeFigure(KindStyle.PHONE, phone, phone.getName(), phone.getSoc());
        for (PhoneInstance instance : phone.getInstances()) {
            String clone = instance.getClone() == null ? "no clone" : "clone " + instance.getClone().getName();
            p.content().add(new NodeFigure(KindStyle.PHONE, instance, instance.getName(), lower(instance.getRole()) + ", " + clone));
        }
        return p;
    }

    private static String gib(int mb) {
        return mb % 1024 == 0 ? (mb / 1024) + " GiB" : mb + " MiB";
    }

    private static String lower(Object literal) {
        return literal == null ? "" : literal.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
