package org.zhiben.training;

import org.zhiben.shared.Permission;

/** The permissions the training module declares. */
public final class TrainingPermissions {

    /** Read training records, focus-group coverage, re-examination flags and certificates (within the data scope). */
    public static final Permission READ = Permission.reading("training:read").grantableToApiClients();

    /** Record training (an enterprise: its own staff) and special-operation certificates. */
    public static final Permission RECORD = Permission.changing("training:record");

    /**
     * Supervise training: record re-examinations of principals who failed the exam at an inspection, and report
     * suspected proxy training or exams (代培代考) and no-shows (缺考) to enforcement.
     */
    public static final Permission SUPERVISE = Permission.changing("training:supervise");

    private TrainingPermissions() {
    }
}
