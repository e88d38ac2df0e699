package org.orrery.sim.migration;

import java.util.Map;
import java.util.Objects;

/**
 * Shrinker (riteau.md): KVM pre-copy whose pages cross the WAN once per content. Every VM migrated
 * with the same instance shares its {@link DeduplicationServices}, so a page another VM of the
 * cluster already sent goes as a 28-byte reference and is fetched from a peer on the destination
 * LAN. Round control is QEMU's ({@link QemuPreCopyProcess}); the page path is
 * {@link ShrinkerTransport}'s.
 */
public final class ShrinkerMigration implements MigrationAlgorithm {

    private final ShrinkerParameters parameters;
    private final DeduplicationServices services;

    /** Shrinker with {@link ShrinkerParameters#defaults()} and services of its own. */
    public ShrinkerMigration() {
        this(ShrinkerParameters.defaults());
    }

    /** Shrinker with the given parameters and services of its own. */
    public ShrinkerMigration(ShrinkerParameters parameters) {
        this(parameters, new DeduplicationServices(parameters));
    }

    /**
     * Shrinker with the given parameters, sharing {@code services} with every migration that uses
     * this instance (or another instance given the same services).
     */
    public ShrinkerMigration(ShrinkerParameters parameters, DeduplicationServices services) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.services = Objects.requireNonNull(services, "services");
    }

    /** The parameters. */
    public ShrinkerParameters parameters() {
        return parameters;
    }

    /** The services the migrations of this instance share. */
    public DeduplicationServices services() {
        return services;
    }

    @Override
    public String name() {
        return "shrinker";
    }

    @Override
    public Map<String, Object> startAttributes() {
        return PreCopyMigration.qemuStartAttributes(parameters.qemu());
    }

    @Override
    public MigrationProcess start(MigrationContext context) {
        ShrinkerTransport transport = new ShrinkerTransport(context, parameters, services);
        return new QemuPreCopyProcess(context, parameters.qemu(), transport).begin(parameters.qemu().setupTime());
    }
}
