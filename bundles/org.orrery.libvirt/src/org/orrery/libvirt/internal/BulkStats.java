package org.orrery.libvirt.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.libvirt.Error;
import org.libvirt.TypedParameter;
import org.libvirt.jna.ConnectionPointer;
import org.libvirt.jna.virError;
import org.libvirt.jna.virTypedParameter;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.PointerByReference;

/**
 * libvirt's bulk domain statistics ({@code virConnectGetAllDomainStats}), bound here with JNA
 * because libvirt-java 0.5.4 lacks it. It is the only call that reports a vCPU's run-queue wait
 * ({@code vcpu.N.delay}), and it reads every running domain of a host in one round trip.
 */
final class BulkStats {

    /** The native functions used; loaded on first use from the same libvirt.so.0 libvirt-java uses. */
    interface Api extends com.sun.jna.Library {
        int virConnectGetAllDomainStats(ConnectionPointer conn, int stats, PointerByReference records, int flags);

        void virDomainStatsRecordListFree(Pointer records);

        String virDomainGetName(Pointer domain);

        int virCopyLastError(virError to);
    }

    /** The bulk call failed; carries libvirt's error as it reported it. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Error error;

        Failure(Error error) {
            super(error.getMessage());
            this.error = error;
        }

        Error error() {
            return error;
        }
    }

    static final int STATE = 1;
    static final int CPU_TOTAL = 2;
    static final int BALLOON = 4;
    static final int VCPU = 8;
    /** Only running domains (VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE). */
    static final int ACTIVE = 1;
    /**
     * Skip what would wait for a domain's job (VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT): without
     * it, the statistics of a host receiving a migration wait until the migration ends.
     */
    static final int NOWAIT = 1 << 29;

    private static final class Holder {
        static final Api API = Native.load("virt", Api.class);
    }

    private BulkStats() {
    }

    /**
     * Statistics of every running domain: domain name to (field to value). Values are numbers
     * ({@link Long} for integer fields, {@link Double}) or strings.
     */
    static Map<String, Map<String, Object>> read(NativeConnect connect, int groups, int flags) throws Failure {
        PointerByReference records = new PointerByReference();
        int count = Holder.API.virConnectGetAllDomainStats(connect.pointer(), groups, records, flags);
        if (count < 0) {
            // libvirt keeps the error per thread: copy it before anything else calls libvirt
            virError error = new virError();
            Holder.API.virCopyLastError(error);
            throw new Failure(new Error(error));
        }
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        Pointer list = records.getValue();
        if (list == null) {
            return out;
        }
        try {
            for (int i = 0; i < count; i++) {
                // struct virDomainStatsRecord { virDomainPtr dom; virTypedParameterPtr params; int nparams; }
                Pointer record = list.getPointer((long) i * Native.POINTER_SIZE);
                String name = Holder.API.virDomainGetName(record.getPointer(0));
                Pointer params = record.getPointer(Native.POINTER_SIZE);
                int n = record.getInt(2L * Native.POINTER_SIZE);
                Map<String, Object> fields = new LinkedHashMap<>();
                if (n > 0) {
                    // not TypedParameter.fromPointer: it frees the parameters, which belong to the
                    // record list freed below
                    virTypedParameter first = new virTypedParameter(params);
                    first.read();
                    for (Structure s : first.toArray(n)) {
                        TypedParameter p = TypedParameter.create((virTypedParameter) s);
                        fields.put(p.field, valueOf(p));
                    }
                }
                out.put(name, fields);
            }
        } finally {
            // frees the records, their parameters and the domain references they hold
            Holder.API.virDomainStatsRecordListFree(list);
        }
        return out;
    }

    private static Object valueOf(TypedParameter p) {
        return switch (p) {
            case org.libvirt.TypedUlongParameter u -> u.value;
            case org.libvirt.TypedLongParameter l -> l.value;
            case org.libvirt.TypedUintParameter u -> Integer.toUnsignedLong(u.value);
            case org.libvirt.TypedIntParameter i -> (long) i.value;
            case org.libvirt.TypedDoubleParameter d -> d.value;
            case org.libvirt.TypedBooleanParameter b -> b.value ? 1L : 0L;
            default -> p.getValueAsString();
        };
    }
}
