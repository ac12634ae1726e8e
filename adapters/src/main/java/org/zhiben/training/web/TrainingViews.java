package org.zhiben.training.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.training.ExamResult;
import org.zhiben.training.TraineeRole;
import org.zhiben.training.TrainingRecord;

/** What the training API answers: codes with their Chinese labels beside them; people masked. */
public final class TrainingViews {

    private TrainingViews() {
    }

    @Schema(description = "A training record; the person is a masked name and the last four characters of the ID "
            + "number; the ETag header of a single record carries its version")
    public record TrainingRecordView(UUID id, @Schema(nullable = true) UUID enterpriseId, String jurisdiction,
            @Schema(nullable = true) String industry, @Schema(nullable = true) String unitName, String maskedName,
            String idLastDigits, @Schema(implementation = TraineeRole.class) String role, String roleLabel,
            String course, String provider, LocalDate startedOn, LocalDate endedOn, int hours,
            @Schema(implementation = ExamResult.class) String exam, String examLabel,
            @Schema(nullable = true) String certificateNumber, long version) {

        public static TrainingRecordView of(TrainingRecord record) {
            TrainingRecord.Snapshot s = record.snapshot();
            return new TrainingRecordView(s.id().value(), s.enterpriseId(), s.jurisdiction().value(),
                    s.industry() == null ? null : s.industry().value(), s.unitName(), s.trainee().maskedName(),
                    s.trainee().idLastDigits(), s.role().name(), s.role().label(), s.course(), s.provider(),
                    s.startedOn(), s.endedOn(), s.hours(), s.exam().name(), s.exam().label(), s.certificateNumber(),
                    s.version());
        }
    }
}
