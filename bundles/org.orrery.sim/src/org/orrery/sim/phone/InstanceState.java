package org.orrery.sim.phone;

/**
 * A phone instance's state through the offload protocol (amphone.md's list), with the name
 * telemetry uses ({@code LIFECYCLE}'s {@code detail}).
 */
public enum InstanceState {
    /** Running on the phone; the daemon syncs its changes up past the threshold. */
    RUNNING("running"),
    /** Suspended and being checkpointed (step 2); input is captured from here on. */
    SUSPENDED_CAPTURING("suspended-capturing"),
    /** The checkpoint and every change since the last one go to the cloud (step 2). */
    UPLOADING("uploading"),
    /** The clone (activated once the upload landed, step 3) replays the captured input (step 5). */
    REPLAYING("replaying"),
    /** The clone runs at its speed-up; its changes come down in batches past the threshold (step 6). */
    RUNNING_IN_CLOUD("running-in-cloud"),
    /** The offloaded work is done: the clone's last changes come down before the phone resumes. */
    SYNCING_BACK("syncing-back"),
    /** The phone died. */
    FAILED("failed");

    private final String label;

    InstanceState(String label) {
        this.label = label;
    }

    /** The name in telemetry and reports. */
    public String label() {
        return label;
    }

    /** Whether the phone instance is suspended (runs no apps, writes nothing to storage). */
    public boolean suspended() {
        return this != RUNNING && this != FAILED;
    }

    /** Whether the clone is active (runs the instance's apps). */
    public boolean cloneActive() {
        return this == REPLAYING || this == RUNNING_IN_CLOUD;
    }
}
