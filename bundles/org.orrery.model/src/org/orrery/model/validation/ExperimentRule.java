package org.orrery.model.validation;

import java.util.List;

import org.orrery.model.Experiment;
import org.orrery.model.Parameter;
import org.orrery.model.ResultSeries;
import org.orrery.model.ScenarioStep;

/**
 * Experiment settings a run depends on: each parameter inside its own declared bounds, steps
 * inside the experiment's duration, and result series with one value per time. Plain numeric
 * ranges (duration, repetitions, step times) are {@link RangeRule}'s.
 */
final class ExperimentRule extends ConstraintRule<Object> {

    ExperimentRule() {
        super(Object.class);
    }

    @Override
    protected void verify(Object object, Report report) {
        if (object instanceof Parameter parameter) {
            verifyParameter(parameter, report);
        } else if (object instanceof ScenarioStep step && step.eContainer() instanceof Experiment experiment
                && step.getAtS() > experiment.getDurationS()) {
            report.error(OrreryValidator.STEP_AFTER_END, List.of(step, experiment), "step.afterEnd", Labels.of(step),
                    step.getAtS(), Labels.of(experiment), experiment.getDurationS());
        } else if (object instanceof ResultSeries series && series.getTimes().size() != series.getValues().size()) {
            report.error(OrreryValidator.SERIES_LENGTHS_DIFFER, List.of(series), "series.lengths", Labels.of(series),
                    series.getTimes().size(), series.getValues().size());
        }
    }

    private static void verifyParameter(Parameter parameter, Report report) {
        Double min = parameter.getMinimum();
        Double max = parameter.getMaximum();
        String unit = parameter.getUnit() == null ? "" : " " + parameter.getUnit();
        if (min != null && max != null && min > max) {
            report.error(OrreryValidator.PARAMETER_BOUNDS_INVERTED, List.of(parameter), "parameter.boundsInverted",
                    Labels.withContainer(parameter), min, max);
            return;
        }
        double value = parameter.getValue();
        if ((min != null && value < min) || (max != null && value > max)) {
            report.error(OrreryValidator.PARAMETER_OUT_OF_RANGE, List.of(parameter), "parameter.outOfRange",
                    Labels.withContainer(parameter), value, unit, min == null ? "-\u221e" : min,
                    max == null ? "\u221e" : max);
        }
    }
}
