package org.orrery.libvirt;

/**
 * One virtual CPU at the moment its domain was sampled.
 *
 * @param index   the vCPU's number inside the guest (0-based)
 * @param state   {@code running}, {@code blocked} or {@code offline}
 * @param pcpu    the host CPU it runs on now, or -1 when unknown
 * @param timeNs  CPU time it has used since the domain started, ns
 * @param delayNs time it was runnable but waited for a host CPU (its run-queue wait), ns since
 *                the domain started; -1 when the hypervisor does not report it (libvirt's
 *                {@code vcpu.N.delay}: QEMU/KVM report it, the test driver does not)
 */
public record VcpuSample(int index, String state, int pcpu, long timeNs, long delayNs) {

    /** vCPU state: executing guest code. */
    public static final String RUNNING = "running";
    /** vCPU state: waiting in the guest (halted, idle). */
    public static final String BLOCKED = "blocked";
    /** vCPU state: unplugged. */
    public static final String OFFLINE = "offline";
}
