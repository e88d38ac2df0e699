package org.orrery.model.validation;

import java.util.List;

import org.orrery.model.Substrate;
import org.orrery.model.SubstratePool;

/** The compressed substrates a pool holds must fit in its memory. */
final class PoolCapacityRule extends ConstraintRule<SubstratePool> {

    PoolCapacityRule() {
        super(SubstratePool.class);
    }

    @Override
    protected void verify(SubstratePool pool, Report report) {
        double held = pool.getSubstrates().stream().mapToDouble(Substrate::getCompressedSizeMB).sum();
        if (held > pool.getCapacityMB()) {
            report.error(OrreryValidator.POOL_CAPACITY_EXCEEDED, List.of(pool), "pool.capacity", Labels.of(pool),
                    held, pool.getCapacityMB(), pool.getSubstrates().size());
        }
    }
}
