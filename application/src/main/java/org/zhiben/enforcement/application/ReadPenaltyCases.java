package org.zhiben.enforcement.application;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.zhiben.enforcement.LegalArticle;
import org.zhiben.enforcement.LegalCatalogue;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enforcement.PenaltyMeasure;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;
import org.zhiben.shared.UnitCode;

/**
 * Reads penalty cases inside the caller's scope (an enterprise manager's scope is its own enterprise), and the public
 * notice of published decisions (执法公示): the enterprise's name and credit code, the violation, the basis, the
 * measures and the deciding unit, and no personal names, phones or ID numbers.
 */
public class ReadPenaltyCases {

    /** One published decision as the public sees it. */
    public record PublicDecision(PenaltyCaseId caseId, String enterpriseName, String creditCode, String violation,
            List<String> basis, List<PublicMeasure> measures, String decidingUnit, String decidingUnitName,
            java.time.LocalDate decidedOn, java.time.LocalDate publishedOn) {
    }

    /** A measure as published: its kind, against the unit or a responsible person (never named), and the fine. */
    public record PublicMeasure(String kind, String party, Long fineFen, String detail) {

        /** The fine in yuan as the public reads it (50,000 or 50,000.50), or null when the measure has none. */
        public String fineYuan() {
            if (fineFen == null) {
                return null;
            }
            NumberFormat format = NumberFormat.getNumberInstance(Locale.SIMPLIFIED_CHINESE);
            format.setMinimumFractionDigits(fineFen % 100 == 0 ? 0 : 2);
            format.setMaximumFractionDigits(2);
            return format.format(BigDecimal.valueOf(fineFen, 2));
        }
    }

    /** One page of the public notice, newest decision first; {@code page} counts from 0. */
    public record PublicDecisionPage(List<PublicDecision> decisions, int page, int size, int total) {

        public int totalPages() {
            return (total + size - 1) / size;
        }
    }

    /** The largest page of the public notice. */
    public static final int MAX_PAGE_SIZE = 100;

    private final EnforcementStore store;
    private final Function<String, String> unitNames;

    /** Reads cases; the deciding unit of a public decision is named by the organization's member units. */
    public ReadPenaltyCases(EnforcementStore store, MemberUnits units) {
        this.store = store;
        this.unitNames = code -> units.findByCode(UnitCode.of(code)).map(MemberUnit::name).orElse(code);
    }

    /** Reads cases; the deciding unit of a public decision is shown by its code. */
    public ReadPenaltyCases(EnforcementStore store) {
        this.store = store;
        this.unitNames = Function.identity();
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

    /**
     * One page of the published decisions, newest decision first, for the page that needs no login and its feed
     * (page from 0; a negative page is read as the first, the size is held between 1 and {@value #MAX_PAGE_SIZE}).
     */
    public PublicDecisionPage publicDecisions(int requestedPage, int requestedSize) {
        int page = Math.max(0, requestedPage);
        int size = Math.max(1, Math.min(MAX_PAGE_SIZE, requestedSize));
        List<PublicDecision> all = publicDecisions();
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new PublicDecisionPage(all.subList(from, to), page, size, all.size());
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
                penaltyCase.decidingUnit().orElseThrow(), unitNames.apply(penaltyCase.decidingUnit().orElseThrow()),
                penaltyCase.decidedOn().orElseThrow(),
                penaltyCase.publishedOn().orElseThrow()));
    }

    private static PublicMeasure publicMeasure(PenaltyMeasure measure) {
        return new PublicMeasure(measure.kind().label(), measure.party().label(),
                measure.fine() == null ? null : measure.fine().fen(), measure.detail());
    }
}
