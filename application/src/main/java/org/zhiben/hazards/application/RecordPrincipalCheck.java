package org.zhiben.hazards.application;

import java.util.List;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.PrincipalCheck;
import org.zhiben.hazards.storage.PrincipalCheckStore;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.Require;

/**
 * Records a check led by an enterprise's principal (task 24), for the enterprise's own user or an officer: the
 * enterprise must lie inside the caller's data scope (else 403, as for every creation outside it), so an enterprise
 * records its own checks only. The leader defaults to the principal the register names; the hazards it links must be
 * the same enterprise's and inside the scope. Audited as {@code principal-check.recorded} with no personal data.
 */
public class RecordPrincipalCheck {

    public static final String ACTION = "principal-check.recorded";

    private final HazardStore store;
    private final PrincipalCheckStore checks;
    private final Enterprises enterprises;

    public RecordPrincipalCheck(HazardStore store, PrincipalCheckStore checks, Enterprises enterprises) {
        this.store = store;
        this.checks = checks;
        this.enterprises = enterprises;
    }

    /** @return the check as stored */
    public PrincipalCheck execute(RecordPrincipalCheckCommand command) {
        Require.notNull(command, "command");
        Require.notNull(command.enterpriseId(), "enterpriseId");
        DataScope scope = store.scope();
        Enterprise enterprise = enterprises.findById(new EnterpriseId(command.enterpriseId()))
                .orElseThrow(() -> new InvalidValueException("enterpriseId", "hazard.enterprise.unknown",
                        "no enterprise is registered under this id", command.enterpriseId().toString()));
        if (!scope.permits(enterprise.jurisdiction(), enterprise.industry(), enterprise.id().value())) {
            throw new AccessRefusedException("the enterprise lies outside the caller's data scope");
        }
        List<HazardId> hazards = command.hazardIds().stream().map(HazardId::new).toList();
        for (HazardId id : hazards) {
            MajorHazard hazard;
            try {
                hazard = store.loadInScope(id);
            } catch (NotFoundException absent) {
                throw new InvalidValueException("hazardIds", "hazard.principal-check.hazard-unknown",
                        "a linked hazard is not found", id.toString());
            }
            if (!hazard.enterpriseId().equals(command.enterpriseId())) {
                throw new InvalidValueException("hazardIds", "hazard.principal-check.hazard-of-other-enterprise",
                        "a linked hazard belongs to another enterprise", id.toString());
            }
        }
        Actor actor = store.caller();
        String leader = command.ledBy() == null || command.ledBy().isBlank() ? enterprise.principal().name()
                : command.ledBy();
        PrincipalCheck check = PrincipalCheck.record(command.enterpriseId(), enterprise.jurisdiction(),
                enterprise.industry(), command.checkedOn(), leader, command.scope(), command.findings(), hazards,
                actor.username(), store.clock().instant(), store.clock().getZone());
        long version = checks.add(check);
        store.publish(check.pullEvents());
        store.audit(actor, PrincipalCheck.ENTITY, check.id().toString(), ACTION, null,
                "enterprise=" + command.enterpriseId() + ";checkedOn=" + check.checkedOn() + ";hazards="
                        + hazards.size());
        return check.asStored(version);
    }
}
