package org.zhiben.enforcement.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.enforcement.DishonestyListing;
import org.zhiben.enforcement.DishonestyListingId;
import org.zhiben.enforcement.EnforcementRules;
import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.InspectionId;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.TipOffId;
import org.zhiben.enforcement.storage.DishonestyListings;
import org.zhiben.enforcement.storage.Inspections;
import org.zhiben.enforcement.storage.PenaltyCases;
import org.zhiben.enforcement.storage.TipOffs;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.identity.CurrentActors;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.Actor;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.DomainEvents;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotFoundException;

/**
 * What every enforcement use case shares: loading an inspection, a case, a tip-off or a listing inside the caller's
 * data scope (one outside it is answered as one that does not exist) at the version the command was prepared
 * against, storing it and publishing its events, and recording the change in the audit trail. The use cases run inside
 * the transaction their decorator opens, so the change, its events and its audit entry commit together. The caller is
 * always the signed-in account ({@link CurrentActors}), so a signature or a decision is that account's own act.
 */
public final class EnforcementStore {

    private final Inspections inspections;
    private final PenaltyCases cases;
    private final TipOffs tipOffs;
    private final DishonestyListings listings;
    private final Enterprises enterprises;
    private final EnforcementRules rules;
    private final DomainEvents events;
    private final CurrentActors actors;
    private final AuditRecorder audit;
    private final Clock clock;

    public EnforcementStore(Inspections inspections, PenaltyCases cases, TipOffs tipOffs, DishonestyListings listings,
            Enterprises enterprises, EnforcementRules rules, DomainEvents events, CurrentActors actors,
            AuditRecorder audit, Clock clock) {
        this.inspections = inspections;
        this.cases = cases;
        this.tipOffs = tipOffs;
        this.listings = listings;
        this.enterprises = enterprises;
        this.rules = rules;
        this.events = events;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------ inspections

    Inspection inspection(InspectionId id) {
        Inspection found = inspections.findById(id).orElseThrow(() -> new NotFoundException(Inspection.ENTITY, id));
        requireInScope(found.jurisdiction(), found.industry(), found.enterpriseId(), Inspection.ENTITY, id);
        return found;
    }

    Inspection inspection(InspectionId id, long expectedVersion) {
        Inspection found = inspection(id);
        found.requireVersion(expectedVersion);
        return found;
    }

    Inspection store(Inspection inspection) {
        return stored(inspection, inspections::save, Inspection::pullEvents, Inspection::asStored);
    }

    // ------------------------------------------------------------------------------------------------------ cases

    PenaltyCase penaltyCase(PenaltyCaseId id) {
        PenaltyCase found = cases.findById(id).orElseThrow(() -> new NotFoundException(PenaltyCase.ENTITY, id));
        requireInScope(found.jurisdiction(), found.industry(), found.enterpriseId(), PenaltyCase.ENTITY, id);
        return found;
    }

    PenaltyCase penaltyCase(PenaltyCaseId id, long expectedVersion) {
        PenaltyCase found = penaltyCase(id);
        found.requireVersion(expectedVersion);
        return found;
    }

    PenaltyCase store(PenaltyCase penaltyCase) {
        return stored(penaltyCase, cases::save, PenaltyCase::pullEvents, PenaltyCase::asStored);
    }

    // --------------------------------------------------------------------------------------------------- tip-offs

    TipOff tipOff(TipOffId id) {
        TipOff found = tipOffs.findById(id).orElseThrow(() -> new NotFoundException(TipOff.ENTITY, id));
        requireInScope(found.jurisdiction(), found.industry(), found.enterpriseId().orElse(null), TipOff.ENTITY, id);
        return found;
    }

    TipOff tipOff(TipOffId id, long expectedVersion) {
        TipOff found = tipOff(id);
        found.requireVersion(expectedVersion);
        return found;
    }

    TipOff store(TipOff tipOff) {
        return stored(tipOff, tipOffs::save, TipOff::pullEvents, TipOff::asStored);
    }

    // --------------------------------------------------------------------------------------------------- listings

    DishonestyListing listing(DishonestyListingId id, long expectedVersion) {
        DishonestyListing found = listings.findById(id)
                .orElseThrow(() -> new NotFoundException(DishonestyListing.ENTITY, id));
        Enterprise enterprise = enterprises.findById(new EnterpriseId(found.enterpriseId()))
                .orElseThrow(() -> new NotFoundException(DishonestyListing.ENTITY, id));
        requireInScope(enterprise.jurisdiction(), enterprise.industry(), found.enterpriseId(),
                DishonestyListing.ENTITY, id);
        found.requireVersion(expectedVersion);
        return found;
    }

    DishonestyListing store(DishonestyListing listing) {
        return stored(listing, listings::save, DishonestyListing::pullEvents, DishonestyListing::asStored);
    }

    // ----------------------------------------------------------------------------------------------------- shared

    /** The enterprise, which must lie inside the caller's scope to create something about it (else 403). */
    Enterprise enterpriseToActOn(UUID enterpriseId) {
        Enterprise enterprise = enterprises.findById(new EnterpriseId(enterpriseId))
                .orElseThrow(() -> new InvalidValueException("enterpriseId", "enforcement.enterprise.unknown",
                        "no enterprise is registered under this id", String.valueOf(enterpriseId)));
        if (!scope().permits(enterprise.jurisdiction(), enterprise.industry(), enterprise.id().value())) {
            throw new AccessRefusedException("the enterprise lies outside the caller's data scope");
        }
        return enterprise;
    }

    void audit(String entity, Object id, String action, String reason, String change) {
        audit.record(caller(), entity, String.valueOf(id), action, reason, change);
    }

    Actor caller() {
        return actors.actor();
    }

    DataScope scope() {
        return actors.scope();
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }

    EnforcementRules rules() {
        return rules;
    }

    Enterprises enterprises() {
        return enterprises;
    }

    Inspections inspections() {
        return inspections;
    }

    PenaltyCases cases() {
        return cases;
    }

    TipOffs tipOffs() {
        return tipOffs;
    }

    DishonestyListings listings() {
        return listings;
    }

    boolean inScope(JurisdictionCode jurisdiction, IndustryCode industry, UUID enterpriseId) {
        return scope().permits(jurisdiction, industry, enterpriseId);
    }

    private void requireInScope(JurisdictionCode jurisdiction, IndustryCode industry, UUID enterpriseId,
            String entity, Object id) {
        if (!inScope(jurisdiction, industry, enterpriseId)) {
            throw new NotFoundException(entity, id);
        }
    }

    private <T> T stored(T aggregate, ToLongFunction<T> save, Function<T, List<DomainEvent>> pull,
            AsStored<T> asStored) {
        long version = save.applyAsLong(aggregate);
        pull.apply(aggregate).forEach(events::publish);
        return asStored.at(aggregate, version);
    }

    @FunctionalInterface
    private interface AsStored<T> {
        T at(T aggregate, long version);
    }
}
