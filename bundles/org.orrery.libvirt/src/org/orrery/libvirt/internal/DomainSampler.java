package org.orrery.libvirt.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.libvirt.Domain;
import org.libvirt.DomainInfo;
import org.libvirt.LibvirtException;
import org.libvirt.VcpuInfo;
import org.orrery.libvirt.DomainSample;
import org.orrery.libvirt.DomainState;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.VcpuSample;

/**
 * Reads the counters of every running domain of one host. Bulk statistics first (one round trip,
 * and the only source of a vCPU's run-queue wait); whatever a driver leaves out there (libvirt's
 * test driver reports only the state) is read per domain. The host CPU a vCPU runs on comes from
 * {@code virDomainGetVcpus}, which bulk statistics do not report.
 */
final class DomainSampler {

    private static final int GROUPS = BulkStats.STATE | BulkStats.CPU_TOTAL | BulkStats.BALLOON | BulkStats.VCPU;
    /** VIR_CONNECT_LIST_DOMAINS_ACTIVE. */
    private static final int ACTIVE = 1;

    private final NativeConnect connect;
    private final String uri;
    private volatile boolean bulkUnsupported;
    private volatile int flags = BulkStats.ACTIVE | BulkStats.NOWAIT;

    DomainSampler(NativeConnect connect, String uri) {
        this.connect = connect;
        this.uri = uri;
    }

    List<DomainSample> sample() throws HypervisorException {
        Map<String, Map<String, Object>> bulk = readBulk();
        List<DomainSample> out = new ArrayList<>(bulk.size());
        for (Map.Entry<String, Map<String, Object>> entry : bulk.entrySet()) {
            try {
                DomainSample sample = sampleOne(entry.getKey(), entry.getValue());
                if (sample != null) {
                    out.add(sample);
                }
            } catch (LibvirtException e) {
                HypervisorException failure = ErrorTranslator.translate(e, Operation.SAMPLE, entry.getKey(), uri);
                if (failure.reason() == HypervisorException.Reason.UNREACHABLE) {
                    throw failure;
                }
                // the host answers, this one domain does not (it stopped since the listing, or is
                // being handed over by a migration): it is left out of this sample only
            }
        }
        return out;
    }

    private Map<String, Map<String, Object>> readBulk() throws HypervisorException {
        if (!bulkUnsupported) {
            try {
                try {
                    return BulkStats.read(connect, GROUPS, flags);
                } catch (BulkStats.Failure f) {
                    if (flags == BulkStats.ACTIVE) {
                        throw f;
                    }
                    // a driver that does not know NOWAIT (older libvirt) refuses the flag: without it
                    flags = BulkStats.ACTIVE;
                    return BulkStats.read(connect, GROUPS, flags);
                }
            } catch (BulkStats.Failure f) {
                Operation op = Operation.SAMPLE;
                HypervisorException e = ErrorTranslator.translate(f.error(), f.getMessage(), f, op, null, uri, null);
                if (e.reason() != HypervisorException.Reason.UNSUPPORTED) {
                    throw e;
                }
                bulkUnsupported = true;
            }
        }
        Map<String, Map<String, Object>> names = new LinkedHashMap<>();
        try {
            for (Domain d : connect.listAllDomains(ACTIVE)) {
                try {
                    names.put(d.getName(), Map.of());
                } finally {
                    d.free();
                }
            }
        } catch (LibvirtException e) {
            throw ErrorTranslator.translate(e, Operation.SAMPLE, null, uri);
        }
        return names;
    }

    private DomainSample sampleOne(String name, Map<String, Object> f) throws LibvirtException {
        Domain domain = connect.domainLookupByName(name);
        try {
            VcpuInfo[] placement = domain.getVcpusInfo();
            DomainInfo info = f.containsKey("cpu.time") && f.containsKey("balloon.current") ? null : domain.getInfo();
            DomainState state = info != null ? LibvirtConnection.stateOf(info.state)
                    : LibvirtConnection.stateOf(number(f, "state.state", -1));
            long cpu = info != null ? info.cpuTime : number(f, "cpu.time", 0);
            long memory = info != null ? info.memory : number(f, "balloon.current", 0);
            long max = info != null ? info.maxMem : number(f, "balloon.maximum", memory);
            long rss = number(f, "balloon.rss", -1);
            List<VcpuSample> vcpus = new ArrayList<>(placement.length);
            for (VcpuInfo v : placement) {
                String key = "vcpu." + v.number + ".";
                long time = f.containsKey(key + "time") ? number(f, key + "time", 0) : v.cpuTime;
                vcpus.add(new VcpuSample(v.number, vcpuState(v.state), v.cpu, time, number(f, key + "delay", -1)));
            }
            return new DomainSample(name, state, cpu, memory, max, rss, vcpus);
        } finally {
            domain.free();
        }
    }

    private static long number(Map<String, Object> fields, String key, long fallback) {
        return fields.get(key) instanceof Number n ? n.longValue() : fallback;
    }

    private static String vcpuState(VcpuInfo.VcpuState state) {
        return switch (state) {
            case VIR_VCPU_RUNNING -> VcpuSample.RUNNING;
            case VIR_VCPU_BLOCKED -> VcpuSample.BLOCKED;
            default -> VcpuSample.OFFLINE;
        };
    }
}
