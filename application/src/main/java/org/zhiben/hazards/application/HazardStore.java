package org.zhiben.hazards.application;

import java.time.Clock;
import java.util.List;
import org.zhiben.audit.AuditRecorder;
import java.time.Instant;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardNumber;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.storage.HazardNumbering;
import org.zhiben.hazards.storage.MajorHazards;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.DomainEvents;
import org.zhiben.shared.NotFoundException;

/**
 * What every use case on a hazard shares: loading it inside the caller's data scope (one outside it is answered as one
 * that does not exist) at the version the command was prepared against, storing it with its events, and recording the
 * change in the audit trail. The use cases run inside the transaction their decorator opens, so the change, its events
 * and its audit entry commit together.
 */
public final class HazardStore {

    private final MajorHazards hazards;
    private final DomainEvents events;
    private final CurrentActors actors;
    private final AuditRecorder audit;
    private final Clock clock;
    private final HazardNumbering numbering;

    public HazardStore(MajorHazards hazards, HazardNumbering numbering, DomainEvents events, CurrentActors actors,
            AuditRecorder audit, Clock clock) {
        this.hazards = hazards;
        this.numbering = numbering;
        this.events = events;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /** A hazard stored, at its new version, with the events it raised (already published). */
    record Stored(MajorHazard hazard, List<DomainEvent> events) {
    }

    /** The hazard if it lies inside the caller's data scope; otherwise 404 as if it did not exist. */
    MajorHazard loadInScope(HazardId id) {
        MajorHazard hazard = hazards.findById(id).orElseThrow(() -> new NotFoundException(MajorHazard.ENTITY, id));
        if (!actors.scope().permits(hazard.jurisdiction(), hazard.industry(), hazard.enterpriseId())) {
            throw new NotFoundException(MajorHazard.ENTITY, id);
        }
        return hazard;
    }

    /** The hazard inside the caller's scope, refused when it is no longer at {@code expectedVersion} (412). */
    MajorHazard load(HazardId id, long expectedVersion) {
        MajorHazard hazard = loadInScope(id);
        hazard.requireVersion(expectedVersion);
        return hazard;
    }

    /** Saves the hazard, then publishes the events it raised. */
    Stored store(MajorHazard hazard) {
        long version = hazards.save(hazard);
        List<DomainEvent> raised = hazard.pullEvents();
        raised.forEach(events::publish);
        return new Stored(hazard.asStored(version), raised);
    }

    /** Adds a hazard just registered (no look-up for a stored one first), then publishes the events it raised. */
    Stored add(MajorHazard hazard) {
        long version = hazards.add(hazard);
        List<DomainEvent> raised = hazard.pullEvents();
        raised.forEach(events::publish);
        return new Stored(hazard.asStored(version), raised);
    }

    /** Publishes events raised by another aggregate of the module (e.g. a principal's check). */
    void publish(List<DomainEvent> raised) {
        raised.forEach(events::publish);
    }

    /** Records a change of another entity of the module in the audit trail. */
    void audit(Actor actor, String entity, String id, String action, String reason, String change) {
        audit.record(actor, entity, id, action, reason, change);
    }

    /** Records a change of the hazard in the audit trail. */
    void audit(Actor actor, HazardId id, String action, String reason, String change) {
        audit.record(actor, MajorHazard.ENTITY, id.value().toString(), action, reason, change);
    }

    /**
     * The work of one move on a hazard: loads it in scope at the expected version, applies the move, stores it and
     * audits {@code action} with the change of status and the codes the move reports.
     */
    MajorHazard change(HazardId id, long expectedVersion, Actor actor, String action, String reason, Move move) {
        return change(id, expectedVersion, actor, action, reason, () -> { }, move);
    }

    /** As {@link #change}, with a check of the command made once the hazard is found, before its version is. */
    MajorHazard change(HazardId id, long expectedVersion, Actor actor, String action, String reason, Runnable check,
            Move move) {
        MajorHazard hazard = loadInScope(id);
        check.run();
        hazard.requireVersion(expectedVersion);
        HazardStatus from = hazard.status();
        String codes = move.apply(hazard);
        MajorHazard stored = store(hazard).hazard();
        audit(actor, id, action, reason, "status=" + from + "->" + stored.status()
                + (codes == null ? "" : ";" + codes));
        return stored;
    }

    /** Changes a loaded hazard and says the codes it set, for the audit trail (e.g. {@code level=MAJOR}), or null. */
    @FunctionalInterface
    interface Move {
        String apply(MajorHazard hazard);
    }

    /** The next number (隐患编号) of the jurisdiction, in the year of {@code at} in the campaign's time zone. */
    HazardNumber nextNumber(JurisdictionCode jurisdiction, Instant at) {
        return numbering.next(jurisdiction, at.atZone(clock.getZone()).getYear());
    }

    Actor caller() {
        return actors.actor();
    }

    DataScope scope() {
        return actors.scope();
    }

    Clock clock() {
        return clock;
    }

    MajorHazards hazards() {
        return hazards;
    }
}
