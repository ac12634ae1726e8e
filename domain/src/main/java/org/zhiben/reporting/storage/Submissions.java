package org.zhiben.reporting.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.zhiben.reporting.ReportKind;
import org.zhiben.reporting.Submission;
import org.zhiben.reporting.SubmissionId;
import org.zhiben.reporting.SubmissionStatus;
import org.zhiben.shared.UnitCode;

/** The units' submissions (write port of the reporting module). Revisions are only ever added, never changed. */
public interface Submissions {

    /**
     * Stores a new submission or the change of a stored one, with its new revisions and reviews, if its stored
     * version is still the one it was loaded at (else {@link org.zhiben.shared.StaleVersionException}); answers the
     * new version.
     */
    long save(Submission submission);

    Optional<Submission> findById(SubmissionId id);

    Optional<Submission> find(UnitCode unit, ReportKind kind, String period);

    /**
     * How each submission stands, without its content: one unit's (every unit's when {@code unit} is null).
     *
     * @param firstSubmittedAt when revision 1 was submitted, or null
     */
    record State(SubmissionId id, UnitCode unit, ReportKind kind, String period, SubmissionStatus status,
                 Instant firstSubmittedAt) {
    }

    List<State> states(UnitCode unit);

    /** One unit's submissions (every unit's when {@code unit} is null), the latest period first. */
    List<Submission> search(UnitCode unit, ReportKind kind, SubmissionStatus status);
}
