package org.zhiben.enforcement.config;

import static org.zhiben.audit.AuditVocabulary.Values.date;
import static org.zhiben.audit.AuditVocabulary.Values.messages;
import static org.zhiben.audit.AuditVocabulary.Values.named;
import static org.zhiben.audit.AuditVocabulary.Values.yesNo;
import static org.zhiben.audit.AuditVocabulary.Values.yuanFromFen;

import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.audit.AuditVocabulary;
import org.zhiben.audit.AuditVocabulary.Values;
import org.zhiben.enforcement.DishonestyListing;
import org.zhiben.enforcement.DishonestySituation;
import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.TypicalCase;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;

/**
 * How the audit entries of inspections, penalty cases, the serious-dishonesty list, tip-offs and typical cases read:
 * methods, marks, channels, statuses, outcomes and situations by name, units and jurisdictions by name, amounts in 元,
 * dates as dates; each entry links to its record's page. The texts are in {@code i18n/enforcement-audit}, the names of
 * the codes in the enforcement pages' bundles. The reporter of a tip-off never appears in an entry: its read is
 * recorded as an action without a change.
 */
@Configuration(proxyBeanMethods = false)
class EnforcementAuditVocabulary {

    @Bean
    AuditVocabulary enforcementAuditTexts() {
        String inspection = Inspection.ENTITY;
        String penaltyCase = PenaltyCase.ENTITY;
        String listing = DishonestyListing.ENTITY;
        String tipOff = TipOff.ENTITY;
        String typicalCase = TypicalCase.ENTITY;
        return AuditVocabulary.of("enforcement")
                .entity(inspection, id -> "/enforcement/inspections/" + id)
                .entity(penaltyCase, id -> "/enforcement/cases/" + id)
                .entity(listing, id -> "/enforcement/listings/" + id)
                .entity(tipOff, id -> "/enforcement/tip-offs/" + id)
                .entity(typicalCase)
                .actions("inspection.recorded", "inspection.item-marked", "inspection.finding-raised",
                        "inspection.evidence-added", "inspection.exam-recorded", "inspection.signed",
                        "inspection.closed", "penalty-case.opened", "penalty-case.basis-set",
                        "penalty-case.policy-decided", "penalty-case.rights-notified", "penalty-case.legal-reviewed",
                        "penalty-case.decided", "penalty-case.published", "penalty-case.executed",
                        "penalty-case.transferred", "dishonesty-listing.notified", "dishonesty-listing.decided",
                        "dishonesty-listing.published", "dishonesty-listing.removed-early",
                        "dishonesty-listing.removal-revoked", "tip-off.received", "tip-off.accepted",
                        "tip-off.assigned", "tip-off.verified", "tip-off.hazard-raised", "tip-off.outcome-linked",
                        "tip-off.duplicate-linked", "tip-off.reward-decided", "tip-off.reward-approved",
                        "tip-off.paid", "tip-off.closed", "tip-off.reporter-read", "typical-case.published")
                .field(inspection, "method", messages("enf.method."))
                .field(inspection, "inspectedOn", date())
                .field(inspection, "mark", messages("enf.mark."))
                .field(inspection, "passed", yesNo())
                .fields(inspection, "enterprise", "inspectors", "items", "item", "clause", "hazard", "refused", "file",
                        "type", "sha256", "score", "passMark", "signatures", "findings")
                .field(penaltyCase, "origin", origin())
                .field(penaltyCase, "status", messages("enfc.case.status."))
                .field(penaltyCase, "proposed", messages("enfc.guidance."))
                .field(penaltyCase, "decided", messages("enfc.guidance."))
                .field(penaltyCase, "totalFineFen", yuanFromFen())
                .field(penaltyCase, "dual", yesNo())
                .field(penaltyCase, "major", yesNo())
                .field(penaltyCase, "approved", yesNo())
                .field(penaltyCase, "decidedOn", date())
                .field(penaltyCase, "publicationDueOn", date())
                .field(penaltyCase, "publishedOn", date())
                .field(penaltyCase, "dueOn", date())
                .field(penaltyCase, "executedOn", date())
                .field(penaltyCase, "transferredOn", date())
                .fields(penaltyCase, "enterprise", "hazard", "catalogue", "articles", "band")
                .field(listing, "situation", situation())
                .field(listing, "status", messages("enfc.listing.status."))
                .field(listing, "person", yesNo())
                .field(listing, "decidedOn", date())
                .field(listing, "until", date())
                .field(listing, "publishedOn", date())
                .field(listing, "removedOn", date())
                .fields(listing, "case")
                .field(tipOff, "channel", messages("tip.channel."))
                .field(tipOff, "anonymous", yesNo())
                .field(tipOff, "insider", yesNo())
                .field(tipOff, "jurisdiction", named(JurisdictionCode::of))
                .field(tipOff, "unit", named(UnitCode::of))
                .field(tipOff, "status", messages("tip.status."))
                .field(tipOff, "result", messages("tip.verification."))
                .field(tipOff, "amountFen", yuanFromFen())
                .field(tipOff, "paidOn", date())
                .fields(tipOff, "hazard", "case", "duplicateOf", "rules")
                .field(typicalCase, "source", messages("tip.typical.source."))
                .fields(typicalCase, "sourceId")
                .build();
    }

    /** A case's origin, written {@code KIND:reference}: the kind by name, the reference as written. */
    private static Values origin() {
        Values kind = messages("enfc.case.origin.");
        return (value, context) -> {
            int colon = value.indexOf(':');
            return colon < 0 ? kind.show(value, context)
                    : kind.show(value.substring(0, colon), context) + "（" + value.substring(colon + 1) + "）";
        };
    }

    /** A listing situation by its source article of 应急管理部令第11号. */
    private static Values situation() {
        return (value, context) -> Arrays.stream(DishonestySituation.values())
                .filter(s -> s.name().equals(value))
                .findFirst()
                .map(DishonestySituation::sourceArticle)
                .orElse(value);
    }
}
