package org.orrery.ui.views.internal.run;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    public static String RunControl_model;
    public static String RunControl_browse;
    public static String RunControl_experiment;
    public static String RunControl_seed;
    public static String RunControl_start;
    public static String RunControl_stop;
    public static String RunControl_play;
    public static String RunControl_pause;
    public static String RunControl_step;
    public static String RunControl_stepBack;
    public static String RunControl_speed;
    public static String RunControl_fastest;
    public static String RunControl_noRun;
    public static String RunControl_run;
    public static String RunControl_state;
    public static String RunControl_time;
    public static String RunControl_events;
    public static String RunControl_origin;
    public static String RunControl_saveRecording;
    public static String RunControl_openRecording;
    public static String RunControl_notes;
    public static String RunControl_noNotes;
    public static String RunControl_parameters;
    public static String RunControl_assumption;
    public static String RunControl_phoneInstance;
    public static String RunControl_position;
    public static String RunControl_ready;
    public static String RunControl_playing;
    public static String RunControl_paused;
    public static String RunControl_finished;
    public static String RunControl_stopped;
    public static String RunControl_failed;
    public static String RunControl_elsewhere;
    public static String RunControl_scrubHint;
    public static String RunControl_sample;
    public static String RunControl_editor;
    public static String RunControl_noModel;
    public static String RunControl_missingModel;
    public static String RunControl_badModel;
    public static String RunControl_noExperiment;
    public static String RunControl_badSeed;
    public static String RunControl_cannotRun;
    public static String RunControl_runName;
    public static String RunControl_jobName;
    public static String RunControl_replayName;
    public static String RunControl_cannotOpen;
    public static String RunControl_cannotSave;
    public static String RunControl_saved;
    public static String RunControl_nothingToSave;
    public static String RunControl_sweepJob;
    public static String RunControl_sweepRun;
    public static String RunControl_sweeping;
    public static String RunControl_swept;
    public static String RunControl_sweepCancelled;
    public static String RunControl_sweptValues;
    public static String RunControl_override;
    public static String RunControl_overrides;
    public static String RunControl_clearOverrides;
    public static String RunControl_clearOverridesTip;
    public static String RunControl_cannotRerun;

    static {
        NLS.initializeMessages("org.orrery.ui.views.internal.run.messages", Messages.class);
    }

    private Messages() {
    }
}
