package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.shared.InvalidValueException;

/**
 * Registers a hazard found through any channel (企业自查上报、督导检查发现、群众举报查实) under the next number of its
 * jurisdiction and year (隐患编号, e.g. 653022-2026-00058), and determines its level at once
 * when the command carries it; the registration is recorded in the audit trail. A major hazard is notified to the
 * enterprise's principal and actual controller by {@link NotifyEnterprise}, in reaction to its {@code HazardDetermined}
 * event. {@link ReportHazard} is the whole operation for a caller, which finds
 * the enterprise and the level first.
 */
public class RegisterHazard {

    /** The action recorded in the audit trail. */
    public static final String ACTION = "hazard.registered";

    private final HazardStore store;
    private final Clock clock;

    public RegisterHazard(HazardStore store) {
        this.store = store;
        this.clock = store.clock();
    }

    /** @return the id of the registered hazard */
    public HazardId execute(RegisterHazardCommand command) {
        return register(command).id();
    }

    /** @return the registered hazard as stored */
    public MajorHazard register(RegisterHazardCommand command) {
        LocalDate today = LocalDate.now(clock);
        if (command.finding().discoveredOn().isAfter(today)) {
            throw new InvalidValueException("discoveredOn", "hazard.date.in-future",
                    "the discovery date cannot be in the future", command.finding().discoveredOn());
        }
        Instant now = clock.instant();
        MajorHazard hazard = MajorHazard.register(HazardId.newId(),
                store.nextNumber(command.finding().jurisdiction(), now), command.finding(), command.actor(), now);
        if (command.outcome() != null) {
            hazard.determine(command.outcome(), command.actor(), now, null);
        }
        MajorHazard stored = store.add(hazard).hazard();
        store.audit(command.actor(), stored.id(), ACTION, null, "status=->" + stored.status() + ";number="
                + stored.number() + ";enterprise="
                + stored.enterpriseId() + ";jurisdiction=" + stored.jurisdiction().value() + ";industry="
                + stored.industry().value() + ";channel=" + stored.channel() + ";level="
                + (stored.level() == null ? "" : stored.level()) + (stored.clause() == null ? ""
                : ";clause=" + stored.clause().standardCode() + "/" + stored.clause().clauseNumber()));
        return stored;
    }
}
