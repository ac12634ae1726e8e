package org.zhiben.reporting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.zhiben.reporting.Punctuality;
import org.zhiben.reporting.ReportKind;
import org.zhiben.reporting.ReportingPeriod;
import org.zhiben.reporting.Submission;
import org.zhiben.reporting.SubmissionReview;
import org.zhiben.reporting.SubmissionRevision;
import org.zhiben.reporting.SubmissionStatus;
import org.zhiben.reporting.UnitPunctuality;

/** The shapes of the reporting API's answers: codes for programs, with their texts for people. */
final class ReportingViews {

    private ReportingViews() {
    }

    @Schema(description = "A report the plan requires: its kind, period and due day")
    record PeriodView(@Schema(implementation = ReportKind.class) String kind, String kindLabel, String period,
            String periodLabel, LocalDate due) {

        static PeriodView of(ReportingPeriod p, ReportingLabels labels) {
            return new PeriodView(p.kind().name(), labels.kind(p.kind()), p.period(), labels.period(p), p.due());
        }
    }

    @Schema(description = "How one reporting unit stands with one report: on time, late, missing (from the day after "
            + "the due day) or not yet due")
    record StandingView(String unit, String unitName, PeriodView report,
            @Schema(implementation = Punctuality.class) String punctuality, String punctualityLabel,
            @Schema(nullable = true) LocalDate firstSubmittedOn,
            @Schema(nullable = true, implementation = SubmissionStatus.class) String status,
            @Schema(nullable = true) String statusLabel, @Schema(nullable = true) UUID submissionId) {

        static StandingView of(UnitPunctuality u, ReportingLabels labels) {
            return new StandingView(u.unit().value(), labels.unit(u.unit()), PeriodView.of(u.period(), labels),
                    u.punctuality().name(), labels.text("reporting.punctuality." + u.punctuality().name()),
                    u.firstSubmittedOn(), u.status() == null ? null : u.status().name(),
                    u.status() == null ? null : labels.text("reporting.status." + u.status().name()),
                    u.submission() == null ? null : u.submission().value());
        }
    }

    @Schema(description = "A frozen revision: the content exactly as the unit submitted it, with its SHA-256 digest; "
            + "a quarterly progress or yearly summary also per key task with the ledger's standing (progress)")
    record RevisionView(int number, String content, @Schema(nullable = true) String remarks,
            @Schema(nullable = true) String reason, Instant submittedAt, String submittedBy, String digest,
            boolean intact, @Schema(nullable = true) ProgressViews.ProgressView progress) {

        static RevisionView of(SubmissionRevision r, ReportKind kind, ReportingLabels labels) {
            return new RevisionView(r.number(), r.content(), r.remarks(), r.reason(), r.submittedAt(),
                    r.submittedBy(), r.digest(), r.intact(), ProgressViews.view(kind, r.content(), labels));
        }
    }

    @Schema(description = "A decision of the committee office on one revision")
    record SubmissionReviewView(int revision, boolean accepted, @Schema(nullable = true) String reason, Instant at,
            String by) {

        static SubmissionReviewView of(SubmissionReview r) {
            return new SubmissionReviewView(r.revision(), r.accepted(), r.reason(), r.at(), r.by());
        }
    }

    @Schema(description = "A unit's submission of one report, in a list")
    record SubmissionSummary(UUID id, String unit, String unitName, PeriodView report,
            @Schema(implementation = SubmissionStatus.class) String status, String statusLabel, int revisions,
            @Schema(nullable = true) Instant firstSubmittedAt, long version) {

        static SubmissionSummary of(Submission s, ReportingLabels labels) {
            return new SubmissionSummary(s.id().value(), s.unit().value(), labels.unit(s.unit()),
                    PeriodView.of(s.period(), labels), s.status().name(),
                    labels.text("reporting.status." + s.status().name()), s.revisions().size(),
                    s.firstSubmittedAt().orElse(null), s.version());
        }
    }

    @Schema(description = "A unit's submission of one report: the working content and remarks, every frozen revision "
            + "and every review")
    record SubmissionView(UUID id, String unit, String unitName, PeriodView report,
            @Schema(implementation = SubmissionStatus.class) String status, String statusLabel, String content,
            @Schema(nullable = true) String remarks, @Schema(nullable = true) String returnReason,
            List<RevisionView> revisions, List<SubmissionReviewView> reviews, long version,
            @Schema(nullable = true) ProgressViews.ProgressView progress) {

        static SubmissionView of(Submission s, ReportingLabels labels) {
            return new SubmissionView(s.id().value(), s.unit().value(), labels.unit(s.unit()),
                    PeriodView.of(s.period(), labels), s.status().name(),
                    labels.text("reporting.status." + s.status().name()), s.content(), s.remarks(),
                    s.returnReason().orElse(null),
                    s.revisions().stream().map(r -> RevisionView.of(r, s.kind(), labels)).toList(),
                    s.reviews().stream().map(SubmissionReviewView::of).toList(), s.version(),
                    ProgressViews.view(s.kind(), s.content(), labels));
        }
    }
}
