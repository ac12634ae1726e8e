package org.zhiben.training.config;

import static org.zhiben.audit.AuditVocabulary.Values.date;
import static org.zhiben.audit.AuditVocabulary.Values.yesNo;
import static org.zhiben.audit.AuditVocabulary.Values.messages;
import static org.zhiben.audit.AuditVocabulary.Values.named;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditVocabulary;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.training.Drill;
import org.zhiben.training.MisconductReport;
import org.zhiben.training.RescueTeam;
import org.zhiben.training.TrainingInstitution;
import org.zhiben.training.ReexamFlag;
import org.zhiben.training.SpecialOperationCertificate;
import org.zhiben.training.TrainingRecord;

/**
 * How the training module's audit entries read: training records (linked to their page), their actions and the
 * fields of their changes; the texts are in {@code i18n/training}.
 */
@Configuration(proxyBeanMethods = false)
class TrainingAuditVocabulary {

    @Bean
    AuditVocabulary trainingAuditTexts() {
        String record = TrainingRecord.ENTITY;
        return AuditVocabulary.of("training")
                .entity(record, id -> "/training/records/" + id)
                .entity(SpecialOperationCertificate.ENTITY, id -> "/training/certificates")
                .entity(ReexamFlag.ENTITY, id -> "/training/reexaminations")
                .entity(MisconductReport.ENTITY, id -> "/training/reexaminations")
                .actions("training-record.recorded", "reexam-flag.raised", "reexam-flag.reexamined",
                        "misconduct.reported", "certificate.registered", "certificate.hazard-reported", "drill.recorded",
                        "rescue-team.registered",
                        "rescue-team.revised", "institution.approved", "institution.rechecked", "institution.removed",
                        "training-record.revised", "certificate.revised", "reexam-flag.hazard-reported")
                .entity(Drill.ENTITY, id -> "/training/drills")
                .entity(RescueTeam.ENTITY, id -> "/training/rescue-teams")
                .entity(TrainingInstitution.ENTITY, id -> "/training/institutions")
                .field(Drill.ENTITY, "heldOn", date())
                .fields(Drill.ENTITY, "enterprise", "participantCount")
                .field(RescueTeam.ENTITY, "mineRescue", yesNo())
                .field(RescueTeam.ENTITY, "grade", messages("training.rescue-team.grade."))
                .fields(RescueTeam.ENTITY, "enterprise", "memberCount", "equipment")
                .field(TrainingInstitution.ENTITY, "jurisdiction", named(JurisdictionCode::of))
                .field(TrainingInstitution.ENTITY, "approvedOn", date())
                .field(TrainingInstitution.ENTITY, "recheckedOn", date())
                .field(TrainingInstitution.ENTITY, "compliant", yesNo())
                .field(TrainingInstitution.ENTITY, "status", messages("training.institution.status."))
                .fields(TrainingInstitution.ENTITY, "reason")
                .field(SpecialOperationCertificate.ENTITY, "operationType", messages("training.certificate.type."))
                .field(SpecialOperationCertificate.ENTITY, "expiresOn", date())
                .fields(SpecialOperationCertificate.ENTITY, "enterprise")
                .field(ReexamFlag.ENTITY, "status", messages("training.reexam.status."))
                .field(ReexamFlag.ENTITY, "dueBy", date())
                .field(ReexamFlag.ENTITY, "on", date())
                .field(ReexamFlag.ENTITY, "passed", yesNo())
                .fields(ReexamFlag.ENTITY, "enterprise", "inspection")
                .field(MisconductReport.ENTITY, "kind", messages("training.misconduct.kind."))
                .fields(MisconductReport.ENTITY, "enterprise", "penaltyCase")
                .field(record, "role", messages("training.role."))
                .field(record, "exam", messages("training.exam."))
                .field(record, "jurisdiction", named(JurisdictionCode::of))
                .field(record, "endedOn", date())
                .fields(record, "enterprise")
                .field(record, "startedOn", date())
                .fields(record, "hours")
                .field(record, "person", messages("training.audit.value."))
                .field(record, "course", messages("training.audit.value."))
                .field(record, "provider", messages("training.audit.value."))
                .field(record, "certificateNumber", messages("training.audit.value."))
                .field(record, "unit", messages("training.audit.value."))
                .field(SpecialOperationCertificate.ENTITY, "holder", messages("training.audit.value."))
                .field(SpecialOperationCertificate.ENTITY, "issuedOn", date())
                .field(SpecialOperationCertificate.ENTITY, "lastReviewedOn", date())
                .field(SpecialOperationCertificate.ENTITY, "nextReviewOn", date())
                .fields(SpecialOperationCertificate.ENTITY, "number")
                .fields(ReexamFlag.ENTITY, "hazard", "clause")
                .build();
    }
}
