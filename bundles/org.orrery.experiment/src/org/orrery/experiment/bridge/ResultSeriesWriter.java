package org.orrery.experiment.bridge;

import java.util.List;
import java.util.Map;

import org.orrery.experiment.results.ResultSeriesData;
import org.orrery.model.Experiment;
import org.orrery.model.NamedElement;
import org.orrery.model.OrreryFactory;
import org.orrery.model.ResultSeries;

/**
 * Writes a run's result series into the model's experiment: a series of the same metric and
 * subject is replaced (the last run wins), others are added. Plain EMF calls: in the workbench,
 * wrap it in a command of the editing domain so it can be undone.
 */
public final class ResultSeriesWriter {

    private ResultSeriesWriter() {
    }

    /**
     * Writes {@code series} into {@code experiment}.
     *
     * @param subjects the model element of each telemetry subject ({@link ModelBridge.Bridged#subjects()});
     *                 a series whose subject is not in it is written without a subject
     * @return how many series were written
     */
    public static int write(Experiment experiment, List<ResultSeriesData> series, Map<String, NamedElement> subjects) {
        for (ResultSeriesData data : series) {
            NamedElement subject = subjects.get(data.subject());
            ResultSeries target = experiment.getResults().stream()
                    .filter(r -> data.metric().equals(r.getMetric()) && r.getSubject() == subject
                            && (subject != null || data.subject().equals(r.getName())))
                    .findFirst().orElse(null);
            if (target == null) {
                target = OrreryFactory.eINSTANCE.createResultSeries();
                target.setMetric(data.metric());
                target.setSubject(subject);
                target.setName(subject == null ? data.subject() : data.metric() + " of " + data.subject());
                experiment.getResults().add(target);
            }
            target.setUnit(data.unit());
            target.getTimes().clear();
            target.getValues().clear();
            for (int i = 0; i < data.times().length; i++) {
                target.getTimes().add(data.times()[i]);
                target.getValues().add(data.values()[i]);
            }
        }
        return series.size();
    }
}
