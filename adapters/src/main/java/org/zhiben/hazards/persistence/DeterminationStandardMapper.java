package org.zhiben.hazards.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.DeterminationStandardKind;
import org.zhiben.hazards.StandardClause;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.UnitCode;

/** Maps determination standards between their rows and the domain. */
@Mapper
interface DeterminationStandardMapper {

    default DeterminationStandard toDomain(DeterminationStandardJpaEntity e) {
        return new DeterminationStandard(e.getCode(), e.getTitle(), e.getDocumentNumber(), e.getIssuer(),
                e.getEffectiveFrom(), e.getSupersedes(), e.getSupersededBy(),
                e.getSectors().stream().map(IndustryCode::of).collect(Collectors.toSet()),
                DeterminationStandardKind.valueOf(e.getKind()),
                e.getDefinedBy() == null ? null : UnitCode.of(e.getDefinedBy()), toClauses(e.getClauses()));
    }

    List<StandardClause> toClauses(List<StandardClauseEmbeddable> rows);

    @Mapping(target = "group", source = "grp")
    StandardClause toClause(StandardClauseEmbeddable row);

    default StandardClauseEmbeddable toRow(StandardClause clause) {
        return new StandardClauseEmbeddable(clause.number(), clause.group(), clause.text());
    }

    List<StandardClauseEmbeddable> toRows(List<StandardClause> clauses);

    default DeterminationStandardJpaEntity toNewRow(DeterminationStandard s, Instant importedAt) {
        Set<String> sectors = s.sectors().stream().map(IndustryCode::value).collect(Collectors.toSet());
        return new DeterminationStandardJpaEntity(s.code(), s.title(), s.documentNumber(), s.issuer(),
                s.effectiveFrom(), s.supersedes(), s.supersededBy(), s.kind().name(),
                s.definedBy() == null ? null : s.definedBy().value(), sectors, toRows(s.clauses()), importedAt);
    }
}
