package org.orrery.telemetry;

/**
 * What a telemetry event reports. Engines emit these about model objects identified by a stable
 * id (the event's subject, e.g. {@code vm/web-1}); views select on them. The set follows
 * ARCHITECTURE.md's vocabulary. Each constant lists the {@link Attribute}s an engine puts on it:
 * required ones first, then "optional" ones an engine adds when it knows them. A simulated and a
 * real run of the same thing fill the same attributes with the same units.
 * <p>
 * Constants are only ever added at the end: recorded traces name kinds, and views may keep them.
 */
public enum EventKind {
    /**
     * A model object's life-cycle state changed. Subject: a VM, host or phone instance.
     * {@link Attribute#STATE} (a {@link LifecycleState}); optional {@link Attribute#HOST},
     * {@link Attribute#EVENT} and {@link Attribute#DETAIL} (the engine's own words, e.g. libvirt's).
     */
    LIFECYCLE,
    /**
     * An object was placed on a container. Subject: the VM (or vCPU). {@link Attribute#HOST};
     * {@link Attribute#PCPU} for a vCPU.
     */
    PLACEMENT,
    /**
     * A migration began. Subject: the VM. {@link Attribute#SOURCE}, {@link Attribute#DESTINATION},
     * {@link Attribute#ALGORITHM}, {@link Attribute#MEMORY}, {@link Attribute#DIRTY_RATE},
     * {@link Attribute#BANDWIDTH}; optional {@link Attribute#MAX_DOWNTIME},
     * {@link Attribute#BANDWIDTH_LIMIT}, {@link Attribute#MIGRATION} (an id when one VM is
     * migrated more than once at a time, e.g. a cluster move).
     */
    MIGRATION_START,
    /**
     * One live round ended (the event's time is the round's end; it began when the previous round
     * or the migration did). Subject: the VM. {@link Attribute#ITERATION},
     * {@link Attribute#BYTES_SENT}, {@link Attribute#BYTES_REMAINING}, {@link Attribute#DIRTY_RATE},
     * {@link Attribute#BANDWIDTH}, {@link Attribute#EXPECTED_DOWNTIME}; optional
     * {@link Attribute#PAGES_FULL}, {@link Attribute#PAGES_DEDUPLICATED}, {@link Attribute#PAGES_PULLED},
     * {@link Attribute#PAGES_ZERO}, {@link Attribute#THROTTLE}.
     */
    MIGRATION_ROUND,
    /**
     * The VM paused for the last copy; the downtime begins. Subject: the VM.
     * {@link Attribute#BYTES_REMAINING}, {@link Attribute#EXPECTED_DOWNTIME}, {@link Attribute#REASON}
     * (why now: e.g. {@code downtime-target}, {@code round-cap}).
     */
    MIGRATION_SWITCHOVER,
    /**
     * The VM runs at the destination. Subject: the VM. {@link Attribute#TOTAL_BYTES},
     * {@link Attribute#TOTAL_TIME}, {@link Attribute#DOWNTIME}, {@link Attribute#ROUNDS},
     * {@link Attribute#REASON} (the switchover's).
     */
    MIGRATION_END,
    /**
     * The migration was abandoned; the VM stays (or runs again) on the source. Subject: the VM.
     * {@link Attribute#REASON}, {@link Attribute#TOTAL_BYTES}, {@link Attribute#ROUNDS}.
     */
    MIGRATION_FAILED,
    /**
     * A vCPU's state on a pCPU. Subject: the vCPU (e.g. {@code vm/web-1/vcpu0}).
     * {@link Attribute#STATE} ({@code running}, {@code runnable}, {@code blocked}, {@code spinning}),
     * {@link Attribute#PCPU}; optional {@link Attribute#HOST}, {@link Attribute#CPU_LOAD},
     * {@link Attribute#RUN_QUEUE_WAIT}, {@link Attribute#RUN_QUEUE_DELAY}.
     */
    VCPU_STATE,
    /**
     * A scheduler decision. Subject: the pCPU or run queue. {@link Attribute#DECISION}
     * ({@code pick}, {@code skip}, {@code lend}, {@code migrate}), {@link Attribute#VCPU}; optional
     * {@link Attribute#REASON}.
     */
    SCHEDULER,
    /**
     * A provisioning phase of a VM (image copy, boot, activation, docking) began or ended.
     * Subject: the VM. {@link Attribute#PHASE}, {@link Attribute#STATE} ({@code started} or
     * {@code done}); optional {@link Attribute#BYTES}, {@link Attribute#HOST}.
     */
    PROVISIONING,
    /**
     * A phone-clone synchronisation phase began or ended. Subject: the phone instance.
     * {@link Attribute#PHASE} (the real sync engine's: {@code scan}, {@code negotiate},
     * {@code transfer}, {@code verify}, {@code install}; the simulator's offload protocol adds
     * {@code checkpoint}, {@code upload}, {@code activate}, {@code replay}, {@code cloud-run},
     * {@code sync-back}), {@link Attribute#STATE} ({@code started},
     * {@code done}, {@code failed}); optional, on {@code done}: {@link Attribute#DURATION},
     * {@link Attribute#BYTES} (scanned, sent or verified), {@link Attribute#CHUNKS},
     * {@link Attribute#CHUNKS_TOTAL}, {@link Attribute#TRIGGER}, {@link Attribute#CONFLICTS},
     * {@link Attribute#INPUT_EVENTS} (replayed); on {@code failed}: {@link Attribute#REASON}.
     */
    SYNC_PHASE,
    /**
     * Data moved between a phone instance and its clone. Subject: the phone instance.
     * {@link Attribute#BYTES}, {@link Attribute#DURATION}; optional {@link Attribute#DIRECTION},
     * {@link Attribute#CHUNKS} (chunks in this transfer), {@link Attribute#REASON} ({@code wifi-drop}
     * when the link dropped before the transfer's end: the bytes that left before it).
     */
    SYNC_TRANSFER,
    /**
     * An overlay node's table changed (a MAC learned or expired, a route set). Subject: the
     * overlay node. {@link Attribute#ENTRY}, {@link Attribute#ACTION}; optional
     * {@link Attribute#DESTINATION}.
     */
    OVERLAY_TABLE,
    /**
     * A sampled numeric series. Subject: what is measured. One or more numbers, each a series:
     * {@link Attribute#VALUE} when the subject has one obvious measure, or named measures such as
     * {@link Attribute#VM_COUNT}, {@link Attribute#CPU_LOAD}, {@link Attribute#UTILIZATION}; a phone
     * instance's channels {@link Attribute#INPUT_EVENTS}, {@link Attribute#INPUT_BYTES},
     * {@link Attribute#PENDING_UP}, {@link Attribute#PENDING_DOWN}, {@link Attribute#THRESHOLD}; a
     * phone's {@link Attribute#ENERGY}.
     */
    METRIC,
    /** A message for the event log. {@link Attribute#TEXT}; optional {@link Attribute#REASON}. */
    MESSAGE,
    /**
     * The order of a run queue after a change. Subject: the pCPU. {@link Attribute#QUEUE} (the
     * subjects waiting, first first, separated by spaces).
     */
    RUN_QUEUE,
    /**
     * The path one overlay frame took. Subject: the sending VM. {@link Attribute#PATH} (the ids of
     * the nodes crossed, separated by spaces), {@link Attribute#DESTINATION}; optional
     * {@link Attribute#BYTES}.
     */
    FRAME_PATH
}
