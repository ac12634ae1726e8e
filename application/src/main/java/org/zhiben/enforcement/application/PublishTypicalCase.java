package org.zhiben.enforcement.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.TipOffId;
import org.zhiben.enforcement.TipOffStatus;
import org.zhiben.enforcement.TypicalCase;
import org.zhiben.enforcement.storage.TypicalCases;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.shared.RuleViolationException;

/**
 * 典型案例: an officer publishes a closed tip-off or a decided penalty case (inside his scope) as a typical case, with a
 * title and an account he writes; personal data is removed before it is stored — the reporter's identity, the
 * responsible person of the case, the enterprise's principal and actual controller, every ID number, phone and e-mail
 * address. A tip-off or case is published once. The publication is an audit entry (without the text).
 */
public class PublishTypicalCase {

    public static final String ACTION = "typical-case.published";

    private final EnforcementStore store;
    private final TypicalCases typicalCases;

    public PublishTypicalCase(EnforcementStore store, TypicalCases typicalCases) {
        this.store = store;
        this.typicalCases = typicalCases;
    }

    public TypicalCase fromTipOff(TipOffId id, String title, String account) {
        TipOff tipOff = store.tipOff(id);
        if (tipOff.status() != TipOffStatus.CLOSED) {
            throw new RuleViolationException("enforcement.typical-case.tip-off-not-closed",
                    "only a closed tip-off is published as a typical case");
        }
        List<String> names = enterprisePersons(tipOff.enterpriseId().orElse(null));
        return publish(TypicalCase.publish(TypicalCase.Source.TIP_OFF, id.value(), title, account,
                tipOff.reporter().orElse(null), names, tipOff.jurisdiction(), unit(), store.today()));
    }

    public TypicalCase fromCase(PenaltyCaseId id, String title, String account) {
        PenaltyCase penaltyCase = store.penaltyCase(id);
        if (penaltyCase.decidedOn().isEmpty()) {
            throw new RuleViolationException("enforcement.typical-case.case-not-decided",
                    "only a decided penalty case is published as a typical case");
        }
        List<String> names = enterprisePersons(penaltyCase.enterpriseId());
        penaltyCase.responsiblePerson().ifPresent(names::add);
        return publish(TypicalCase.publish(TypicalCase.Source.PENALTY_CASE, id.value(), title, account, null, names,
                penaltyCase.jurisdiction(), unit(), store.today()));
    }

    private TypicalCase publish(TypicalCase typicalCase) {
        if (typicalCases.findBySource(typicalCase.sourceId()).isPresent()) {
            throw new RuleViolationException("enforcement.typical-case.already-published",
                    "this tip-off or case is already published as a typical case");
        }
        typicalCases.add(typicalCase);
        store.audit(TypicalCase.ENTITY, typicalCase.id(), ACTION, null, "source=" + typicalCase.source()
                + ";sourceId=" + typicalCase.sourceId());
        return typicalCase;
    }

    private List<String> enterprisePersons(UUID enterpriseId) {
        List<String> names = new ArrayList<>();
        if (enterpriseId != null) {
            store.enterprises().findById(new EnterpriseId(enterpriseId)).ifPresent(enterprise -> {
                if (enterprise.principal() != null) {
                    names.add(enterprise.principal().name());
                }
                if (enterprise.actualController() != null) {
                    names.add(enterprise.actualController().name());
                }
            });
        }
        return names;
    }

    private String unit() {
        String unit = store.caller().unitCode();
        return unit == null ? store.caller().username() : unit;
    }
}
