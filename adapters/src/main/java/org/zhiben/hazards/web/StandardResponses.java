package org.zhiben.hazards.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.StandardClause;
import org.zhiben.hazards.storage.StandardNotes;
import org.zhiben.shared.IndustryCode;

/** Response bodies of the standards API. */
final class StandardResponses {

    private StandardResponses() {
    }

    @Schema(description = "One version of a determination standard; inForce: whether it applies today")
    record StandardSummary(String code, String title, @Schema(nullable = true) String documentNumber, String issuer,
            @Schema(nullable = true, description = "null while imported but not yet put in force")
            LocalDate effectiveFrom,
            @Schema(nullable = true) String supersedes, @Schema(nullable = true) String supersededBy,
            List<String> sectors, String kind, @Schema(nullable = true) String definedBy,
            int clauseCount, boolean inForce) {

        static StandardSummary from(DeterminationStandard s, boolean inForce) {
            return new StandardSummary(s.code(), s.title(), s.documentNumber(), s.issuer(), s.effectiveFrom(),
                    s.supersedes(), s.supersededBy(), sectorCodes(s), s.kind().name(),
                    s.definedBy() == null ? null : s.definedBy().value(), s.clauses().size(), inForce);
        }
    }

    record ClauseResponse(String number, @Schema(nullable = true) String group, String text) {

        static ClauseResponse from(StandardClause clause) {
            return new ClauseResponse(clause.number(), clause.group(), clause.text());
        }
    }

    @Schema(description = "One version with its clauses and documentary notes")
    record StandardResponse(String code, String title, @Schema(nullable = true) String documentNumber,
            String issuer,
            @Schema(nullable = true, description = "null while imported but not yet put in force")
            LocalDate effectiveFrom,
            @Schema(nullable = true) String supersedes, @Schema(nullable = true) String supersededBy,
            List<String> sectors, String kind, @Schema(nullable = true) String definedBy,
            boolean inForce, @Schema(nullable = true) String sourceNotes, @Schema(nullable = true) String notes,
            List<ClauseResponse> clauses) {

        static StandardResponse from(DeterminationStandard s, boolean inForce, StandardNotes.Notes notes) {
            return new StandardResponse(s.code(), s.title(), s.documentNumber(), s.issuer(), s.effectiveFrom(),
                    s.supersedes(), s.supersededBy(), sectorCodes(s), s.kind().name(),
                    s.definedBy() == null ? null : s.definedBy().value(), inForce,
                    notes == null ? null : notes.sourceNotes(), notes == null ? null : notes.notes(),
                    s.clauses().stream().map(ClauseResponse::from).toList());
        }
    }

    private static List<String> sectorCodes(DeterminationStandard s) {
        return s.sectors().stream().map(IndustryCode::value).sorted().toList();
    }
}
