package org.zhiben.hazards;

import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * Decides whether a finding is a major hazard (重大事故隐患) or a general one. Each standard opens with
 * "依据有关法律法规、部门规章和国家标准，以下情形应当判定为重大事故隐患": a finding is major when it matches a clause of
 * the standard that applies to the enterprise's sector on the day it was found. The finder cites the clause; the
 * citation is checked, so that findings are judged against the standard and the key inspection items "查的出、找得准，
 * 坚决防止降低或歪曲标准的情形" (plan task 22):
 * <ul>
 *   <li>no clause cited: a general hazard;</li>
 *   <li>a clause no standard has: refused ({@code hazard.clause.unknown});</li>
 *   <li>a clause of a standard for other sectors: refused ({@code hazard.clause.other-sector});</li>
 *   <li>a clause of a standard not (yet, or no longer) applying on the day of discovery: refused
 *       ({@code hazard.clause.not-in-force}), so that a finding is judged by the version then in force;</li>
 *   <li>otherwise: a major hazard, keeping the clause text of that version.</li>
 * </ul>
 */
public final class Determination {

    private static final String FIELD = "clause";

    private Determination() {
    }

    public static DeterminationResult determine(DeterminationRequest request, StandardCatalog catalog) {
        return determine(request, catalog, StandardApplicability::allClauses);
    }

    /**
     * As {@link #determine(DeterminationRequest, StandardCatalog)}, and a clause of a group that does not fit the
     * sector (a 冶金 clause for a commerce enterprise) is refused ({@code hazard.clause.other-group}): only the groups
     * that fit the enterprise apply.
     */
    public static DeterminationResult determine(DeterminationRequest request, StandardCatalog catalog,
            StandardApplicabilities applicabilities) {
        Require.notNull(request, "request");
        Require.notNull(catalog, "catalog");
        ClauseReference cited = request.clause();
        if (cited == null) {
            return DeterminationResult.general();
        }
        DeterminationStandard standard = catalog.find(cited.standardCode()).orElse(null);
        StandardClause clause = standard == null ? null : standard.clause(cited.clauseNumber()).orElse(null);
        if (clause == null) {
            throw new InvalidValueException(FIELD, "hazard.clause.unknown",
                    "no determination standard has clause " + cited, cited.standardCode(), cited.clauseNumber());
        }
        if (!standard.covers(request.sector())) {
            throw new InvalidValueException(FIELD, "hazard.clause.other-sector",
                    cited.standardCode() + " does not apply to the sector " + request.sector(),
                    cited.standardCode(), cited.clauseNumber(), request.sector().value());
        }
        if (!catalog.applicableTo(request.sector(), request.discoveredOn()).contains(standard)) {
            throw new InvalidValueException(FIELD, "hazard.clause.not-in-force",
                    cited.standardCode() + " did not apply on " + request.discoveredOn(),
                    cited.standardCode(), cited.clauseNumber(), request.discoveredOn().toString());
        }
        if (!applicabilities.of(standard.code()).applies(standard, clause, request.sector())) {
            throw new InvalidValueException(FIELD, "hazard.clause.other-group",
                    "clause " + cited + " (" + clause.group() + ") does not fit the sector " + request.sector(),
                    cited.standardCode(), cited.clauseNumber(), String.valueOf(clause.group()),
                    request.sector().value());
        }
        return DeterminationResult.major(cited, clause.text());
    }
}
