package org.zhiben.training.listeners;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhiben.enforcement.PrincipalExamRecorded;
import org.zhiben.training.application.TrackPrincipalExams;

/**
 * Reads the principal's exams that enforcement records at inspections (逢查必考). A Spring Modulith listener: the event
 * arrives after enforcement's transaction has committed, from the event publication registry, in a transaction of its
 * own (the use case's); a failed delivery is kept and delivered again on the next start.
 */
@Component
class PrincipalExamListener {

    private final TrackPrincipalExams track;

    PrincipalExamListener(TrackPrincipalExams track) {
        this.track = track;
    }

    @ApplicationModuleListener
    void on(PrincipalExamRecorded exam) {
        track.on(exam);
    }
}
