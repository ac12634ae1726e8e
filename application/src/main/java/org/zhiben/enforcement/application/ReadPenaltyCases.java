package org.zhiben.enforcement.application;

import java.util.List;
import java.util.Optional;
import org.zhiben.enforcement.LegalArticle;
import org.zhiben.enforcement.LegalCatalogue;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enforcement.PenaltyMeasure;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;

/**
 * Reads penalty cases inside the caller's scope (an enterprise manager's scope is its own enterprise), and the public
 * notice of published decisions (执法公示): the enterprise's name and credit code, the violation, the basis, the
 * measures and the deciding unit, and no personal names, phones or ID numbers.
 */
public class ReadPenaltyCases {

    /** One published decision as the public sees it. */
    public record PublicDecision(PenaltyCaseId caseId, String enterpriseName, String creditCode, String violation,
            List<String> basis, List<PublicMeasure> measures, String decidingUnit, java.time.LocalDate decidedOn,
            java.time.LocalDate publishedOn) {
    }

    /** A measure as published: its kind, against the unit or a responsible person (never named), and the fine. */
    public record PublicMeasure(String kind, String party, Long fineFen, String detail) {
    }

    private final EnforcementStore store;

    public ReadPenaltyCases(EnforcementStore store) {
        this.store = store;
    }

    public List<PenaltyCase> list() {
        return store.cases().search(store.scope());
    }

    public PenaltyCase find(PenaltyCaseId id) {
        return store.penaltyCase(id);
    }

    /** Every published decision, for the page that needs no login and its feed. */
    public List<PublicDecision> publicDecisions() {
        return store.cases().findPublished().stream().map(this::publicDecision).flatMap(Optional::stream).toList();
    }

    private Optional<PublicDecision> publicDecision(PenaltyCase penaltyCase) {
        Optional<Enterprise> enterprise = store.enterprises().findById(new EnterpriseId(penaltyCase.enterpriseId()));
        if (enterprise.isEmpty() || penaltyCase.decidedOn().isEmpty()) {
            return Optional.empty();
        }
        List<LegalCatalogue> catalogues = store.rules().catalogues();
        LegalCatalogue catalogue = catalogues.stream()
                .filter(c -> c.version().equals(penaltyCase.catalogueVersion())).findFirst()
                .orElse(LegalCatalogue.inForceOn(catalogues, penaltyCase.decidedOn().orElseThrow()));
        List<String> basis = penaltyCase.articleCodes().stream().map(catalogue::article)
                .map(LegalArticle::citation).toList();
        return Optional.of(new PublicDecision(penaltyCase.id(), enterprise.get().name(),
                enterprise.get().creditCode().value(), penaltyCase.violation(), basis,
                penaltyCase.measures().stream().map(ReadPenaltyCases::publicMeasure).toList(),
                penaltyCase.decidingUnit().orElseThrow(), penaltyCase.decidedOn().orElseThrow(),
                penaltyCase.publishedOn().orElseThrow()));
    }

    private static PublicMeasure publicMeasure(PenaltyMeasure measure) {
        return new PublicMeasure(measure.kind().label(), measure.party().label(),
                measure.fine() == null ? null : measure.fine().fen(), measure.detail());
    }
}
