package org.zhiben.hazards.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.DeterminationStandardKind;
import org.zhiben.hazards.StandardClause;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * Import one version of a determination standard or of key inspection items, as parsed from its document (the
 * adapter reads the YAML files and maps their sector slugs, e.g. {@code hazardous-chemicals}, to industry codes).
 *
 * @param effectiveFrom null while the version is not yet in force
 * @param supersedes    code of the version it replaces, or null
 * @param definedBy     for key inspection items, the unit that defined them; null for a national standard
 */
public record ImportStandardCommand(
        String code,
        String title,
        String documentNumber,
        String issuer,
        LocalDate effectiveFrom,
        String supersedes,
        Set<IndustryCode> sectors,
        DeterminationStandardKind kind,
        UnitCode definedBy,
        List<StandardClause> clauses) {

    public ImportStandardCommand {
        Require.notBlank(code, "code");
        Require.notNull(kind, "kind");
        sectors = Set.copyOf(Require.notEmpty(sectors, "sectors"));
        clauses = List.copyOf(Require.notEmpty(clauses, "clauses"));
    }

    DeterminationStandard toStandard() {
        return new DeterminationStandard(code, title, documentNumber, issuer, effectiveFrom, supersedes, null,
                sectors, kind, definedBy, clauses);
    }
}
