package org.zhiben.training.application;

import java.util.List;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.enforcement.PrincipalExamRecorded;
import org.zhiben.shared.Actor;
import org.zhiben.training.ReexamFlag;
import org.zhiben.training.ReexamFlagId;
import org.zhiben.training.ReexamRules;
import org.zhiben.training.storage.ReexamFlags;

/**
 * Follows the exams that enforcement records at inspections (逢查必考): a failed principal is flagged for
 * re-examination within the days the rules allow; a passed exam at a later inspection of the same enterprise is the
 * re-examination of its open flags. Runs as the system, on enforcement's event; a second delivery of an event changes
 * nothing.
 */
public class TrackPrincipalExams {

    public static final String RAISED = "reexam-flag.raised";
    public static final String REEXAMINED = "reexam-flag.reexamined";

    private final ReexamFlags flags;
    private final ReexamRules rules;
    private final AuditRecorder audit;

    public TrackPrincipalExams(ReexamFlags flags, ReexamRules rules, AuditRecorder audit) {
        this.flags = flags;
        this.rules = rules;
        this.audit = audit;
    }

    public void on(PrincipalExamRecorded exam) {
        if (!exam.passed()) {
            if (flags.findByInspection(exam.inspectionId().value()).isPresent()) {
                return;
            }
            ReexamFlag raised = ReexamFlag.raise(ReexamFlagId.newId(), exam.enterpriseId(), exam.jurisdiction(),
                    exam.industry(), exam.inspectionId().value(), exam.inspectedOn(), exam.score(),
                    rules.daysAllowed(exam.inspectedOn()));
            ReexamFlag stored = raised.asStored(flags.save(raised));
            audit.record(Actor.SYSTEM, ReexamFlag.ENTITY, stored.id().toString(), RAISED, null,
                    "enterprise=" + stored.enterpriseId() + ";inspection=" + exam.inspectionId() + ";dueBy="
                            + stored.dueBy());
            return;
        }
        List<ReexamFlag> open = flags.openOf(exam.enterpriseId());
        for (ReexamFlag flag : open) {
            if (exam.inspectedOn().isAfter(flag.failedOn())) {
                flag.reexamined(exam.inspectedOn(), true);
                ReexamFlag stored = flag.asStored(flags.save(flag));
                audit.record(Actor.SYSTEM, ReexamFlag.ENTITY, stored.id().toString(), REEXAMINED, null,
                        "status=OPEN->" + stored.status() + ";on=" + exam.inspectedOn() + ";inspection="
                                + exam.inspectionId());
            }
        }
    }
}
