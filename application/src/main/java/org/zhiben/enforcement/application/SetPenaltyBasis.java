package org.zhiben.enforcement.application;

import java.util.List;
import org.zhiben.enforcement.LegalCatalogue;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyMeasure;

/**
 * Records a case's legal basis (articles of the catalogue in force today), its discretion band and its measures
 * against the unit and, for 一案双罚, against the named responsible person.
 */
public class SetPenaltyBasis {

    public static final String ACTION = "penalty-case.basis-set";

    /** The articles (codes of the catalogue), the band (may be null), the measures and the responsible person. */
    public record Command(PenaltyCaseTarget target, List<String> articles, String band, List<PenaltyMeasure> measures,
            String responsiblePerson) {
    }

    private final EnforcementStore store;

    public SetPenaltyBasis(EnforcementStore store) {
        this.store = store;
    }

    public PenaltyCase execute(Command command) {
        PenaltyCase penaltyCase = PenaltyCaseSteps.load(store, command.target());
        LegalCatalogue catalogue = LegalCatalogue.inForceOn(store.rules().catalogues(), store.today());
        penaltyCase.setBasisAndMeasures(catalogue, command.articles(), command.band(), command.measures(),
                command.responsiblePerson());
        return PenaltyCaseSteps.stored(store, penaltyCase, ACTION, null, "catalogue=" + catalogue.version()
                + ";articles=" + String.join(",", penaltyCase.articleCodes()) + ";band="
                + penaltyCase.bandCode().orElse("") + ";totalFineFen=" + penaltyCase.totalFine().fen() + ";dual="
                + penaltyCase.isDualPenalty());
    }
}
