package org.zhiben.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.StaleVersionException;

/**
 * One person's training (安全教育培训): who (masked, {@link Trainee}) in which role, the course, who gave it, from when
 * to when, how many class hours, the exam result and the certificate it earned.
 * <p>
 * People of an enterprise (principals, safety managers, special-operation workers, staff, fire-safety heads) are
 * recorded with their enterprise, whose jurisdiction and industry place the record in people's data scopes; leading
 * cadres (task 3) and regulators (task 29) are recorded with their unit and jurisdiction, without an enterprise.
 * <p>
 * Task 6: "高危行业领域所有员工必须培训考试合格后才可上岗" — the training of a high-risk enterprise's staff is recorded
 * only for an enterprise of a high-risk industry.
 */
public final class TrainingRecord {

    public static final String ENTITY = "TrainingRecord";
    public static final int MAX_TEXT = 200;
    public static final int MAX_HOURS = 2000;

    /** Everything a stored record holds. */
    public record Snapshot(TrainingRecordId id, UUID enterpriseId, JurisdictionCode jurisdiction,
            IndustryCode industry, String unitName, Trainee trainee, TraineeRole role, String course, String provider,
            LocalDate startedOn, LocalDate endedOn, int hours, ExamResult exam, String certificateNumber,
            Instant recordedAt, String recordedBy, long version) {
    }

    /** What is recorded about a training, before it is placed with an enterprise or a unit. */
    public record Details(Trainee trainee, TraineeRole role, String course, String provider, LocalDate startedOn,
            LocalDate endedOn, int hours, ExamResult exam, String certificateNumber) {

        public Details {
            Require.notNull(trainee, "trainee");
            Require.notNull(role, "role");
            course = text(course, "course");
            provider = text(provider, "provider");
            Require.notNull(startedOn, "startedOn");
            Require.notNull(endedOn, "endedOn");
            Require.notNull(exam, "exam");
            certificateNumber = certificateNumber == null || certificateNumber.isBlank() ? null
                    : Require.maxLength(certificateNumber.strip(), 60, "certificateNumber");
            if (endedOn.isBefore(startedOn)) {
                throw new InvalidValueException("endedOn", "training.record.dates-reversed",
                        "the training ends on or after the day it starts", startedOn, endedOn);
            }
            if (hours < 1 || hours > MAX_HOURS) {
                throw new InvalidValueException("hours", "training.record.hours-invalid",
                        "class hours are between 1 and " + MAX_HOURS, hours, MAX_HOURS);
            }
            if (certificateNumber != null && exam != ExamResult.PASSED) {
                throw new InvalidValueException("certificateNumber", "training.record.certificate-without-pass",
                        "a certificate is earned only by passing the exam");
            }
        }

        private static String text(String value, String field) {
            return Require.maxLength(Require.notBlank(value, field).strip(), MAX_TEXT, field);
        }
    }

    private final Snapshot state;

    private TrainingRecord(Snapshot state) {
        Require.notNull(state.id(), "id");
        Require.notNull(state.jurisdiction(), "jurisdiction");
        Require.notNull(state.recordedAt(), "recordedAt");
        Require.notBlank(state.recordedBy(), "recordedBy");
        this.state = state;
    }

    /**
     * The training of a person of an enterprise.
     *
     * @param highRisk whether the enterprise is of a high-risk industry (高危行业)
     * @param today    the day it is recorded: a training that ends later has not happened yet
     */
    public static TrainingRecord ofEnterprise(TrainingRecordId id, Details details, UUID enterpriseId,
            JurisdictionCode jurisdiction, IndustryCode industry, boolean highRisk, LocalDate today,
            Instant recordedAt, String recordedBy) {
        Require.notNull(details, "details");
        Require.notNull(enterpriseId, "enterpriseId");
        if (!details.role().ofEnterprise()) {
            throw new InvalidValueException("enterpriseId", "training.record.enterprise-not-for-role",
                    "leading cadres and regulators are recorded with their unit, not with an enterprise",
                    details.role().label());
        }
        if (details.role() == TraineeRole.HIGH_RISK_STAFF && !highRisk) {
            throw new RuleViolationException("training.record.not-high-risk",
                    "the staff training of task 6 is for enterprises of high-risk industries");
        }
        requireNotAhead(details, today);
        return new TrainingRecord(new Snapshot(id, enterpriseId, jurisdiction, industry, null, details.trainee(),
                details.role(), details.course(), details.provider(), details.startedOn(), details.endedOn(),
                details.hours(), details.exam(), details.certificateNumber(), recordedAt, recordedBy, 0));
    }

    /** The training of a leading cadre or a regulator, with their unit and its jurisdiction. */
    public static TrainingRecord ofUnit(TrainingRecordId id, Details details, String unitName,
            JurisdictionCode jurisdiction, LocalDate today, Instant recordedAt, String recordedBy) {
        Require.notNull(details, "details");
        if (details.role().ofEnterprise()) {
            throw new InvalidValueException("enterpriseId", "training.record.enterprise-required",
                    "the training of a person of an enterprise is recorded with the enterprise",
                    details.role().label());
        }
        String unit = Require.maxLength(Require.notBlank(unitName, "unitName").strip(), MAX_TEXT, "unitName");
        requireNotAhead(details, today);
        return new TrainingRecord(new Snapshot(id, null, Require.notNull(jurisdiction, "jurisdiction"), null, unit,
                details.trainee(), details.role(), details.course(), details.provider(), details.startedOn(),
                details.endedOn(), details.hours(), details.exam(), details.certificateNumber(), recordedAt,
                recordedBy, 0));
    }

    public static TrainingRecord restore(Snapshot snapshot) {
        return new TrainingRecord(snapshot);
    }

    private static void requireNotAhead(Details details, LocalDate today) {
        if (details.endedOn().isAfter(today)) {
            throw new InvalidValueException("endedOn", "training.record.in-future",
                    "a training is recorded once it has ended", details.endedOn());
        }
    }

    /**
     * The record corrected at the version the editor read: what is recorded about the training changes, the enterprise
     * or unit it is recorded with does not (a person of an enterprise stays one, a unit's person stays with a unit,
     * whose name may be corrected). The same rules as a new record hold: task 6's staff training only for a high-risk
     * enterprise, no training that ends after today.
     *
     * @param unitName  the corrected unit of a leading cadre or a regulator (ignored for a person of an enterprise)
     * @param highRisk  whether the record's enterprise is of a high-risk industry
     */
    public TrainingRecord revise(long expectedVersion, Details details, String unitName, boolean highRisk,
            LocalDate today) {
        Require.notNull(details, "details");
        if (state.version() != expectedVersion) {
            throw new StaleVersionException(ENTITY, state.id(), expectedVersion, state.version());
        }
        Snapshot s = state;
        String unit = s.unitName();
        if (s.enterpriseId() != null) {
            if (!details.role().ofEnterprise()) {
                throw new InvalidValueException("role", "training.record.enterprise-not-for-role",
                        "leading cadres and regulators are recorded with their unit, not with an enterprise",
                        details.role().label());
            }
            if (details.role() == TraineeRole.HIGH_RISK_STAFF && !highRisk) {
                throw new RuleViolationException("training.record.not-high-risk",
                        "the staff training of task 6 is for enterprises of high-risk industries");
            }
        } else {
            if (details.role().ofEnterprise()) {
                throw new InvalidValueException("role", "training.record.enterprise-required",
                        "the training of a person of an enterprise is recorded with the enterprise",
                        details.role().label());
            }
            unit = Require.maxLength(Require.notBlank(unitName, "unitName").strip(), MAX_TEXT, "unitName");
        }
        requireNotAhead(details, today);
        return new TrainingRecord(new Snapshot(s.id(), s.enterpriseId(), s.jurisdiction(), s.industry(), unit,
                details.trainee(), details.role(), details.course(), details.provider(), details.startedOn(),
                details.endedOn(), details.hours(), details.exam(), details.certificateNumber(), s.recordedAt(),
                s.recordedBy(), s.version()));
    }

    /** What is recorded about the training. */
    public Details details() {
        Snapshot s = state;
        return new Details(s.trainee(), s.role(), s.course(), s.provider(), s.startedOn(), s.endedOn(), s.hours(),
                s.exam(), s.certificateNumber());
    }

    /** This record as stored at {@code version}. */
    public TrainingRecord asStored(long version) {
        Snapshot s = state;
        return new TrainingRecord(new Snapshot(s.id(), s.enterpriseId(), s.jurisdiction(), s.industry(),
                s.unitName(), s.trainee(), s.role(), s.course(), s.provider(), s.startedOn(), s.endedOn(), s.hours(),
                s.exam(), s.certificateNumber(), s.recordedAt(), s.recordedBy(), version));
    }

    /** Whether the exam was passed. */
    public boolean passed() {
        return state.exam() == ExamResult.PASSED;
    }

    /** Whether the training ended (and so counts) in the given calendar year. */
    public boolean endedIn(int year) {
        return state.endedOn().getYear() == year;
    }

    public Snapshot snapshot() {
        return state;
    }

    public TrainingRecordId id() {
        return state.id();
    }

    public Optional<UUID> enterpriseId() {
        return Optional.ofNullable(state.enterpriseId());
    }

    public JurisdictionCode jurisdiction() {
        return state.jurisdiction();
    }

    public IndustryCode industry() {
        return state.industry();
    }

    public Trainee trainee() {
        return state.trainee();
    }

    public TraineeRole role() {
        return state.role();
    }

    public LocalDate endedOn() {
        return state.endedOn();
    }

    public ExamResult exam() {
        return state.exam();
    }

    public long version() {
        return state.version();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrainingRecord that && state.id().equals(that.state.id());
    }

    @Override
    public int hashCode() {
        return Objects.hash(state.id());
    }

    /** Identity, role and course only. */
    @Override
    public String toString() {
        return "TrainingRecord[id=" + state.id() + ", role=" + state.role() + ", course=" + state.course() + "]";
    }
}
