package org.zhiben.hazards.web;

import org.zhiben.identity.DataScope;
import org.zhiben.audit.AuditRecorder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.DeterminationRequest;
import org.zhiben.hazards.DeterminationResult;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardFinding;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.HazardLevelOutcome;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.MajorHazards;
import org.zhiben.hazards.application.DetermineHazard;
import org.zhiben.hazards.application.RegisterHazard;
import org.zhiben.hazards.application.RegisterHazardCommand;
import org.zhiben.hazards.files.FileStore;
import org.zhiben.hazards.storage.IdempotentResponses;
import org.zhiben.hazards.web.HazardRequests.Clause;
import org.zhiben.hazards.web.HazardRequests.RegisterHazardRequest;
import org.zhiben.hazards.web.HazardResponses.HazardView;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.shared.Actor;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers a hazard from the API: takes the jurisdiction and industry from the enterprise register, determines the
 * level against the standard in force on the discovery day for the enterprise's industry (a cited clause: MAJOR; none:
 * GENERAL), and makes the request idempotent under an {@code Idempotency-Key}: the first response is stored with the
 * key, in the same transaction as the hazard, and given again to every retry of the same request.
 */
@Component
class HazardRegistration {

    /** A response as first given: status and JSON body. */
    record Outcome(int status, String body) {
    }

    private final Enterprises enterprises;
    private final DetermineHazard determineHazard;
    private final RegisterHazard registerHazard;
    private final MajorHazards hazards;
    private final IdempotentResponses keys;
    private final Transactions transactions;
    private final HttpPreconditions preconditions;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditRecorder audit;

    HazardRegistration(Enterprises enterprises, DetermineHazard determineHazard, RegisterHazard registerHazard,
            MajorHazards hazards, IdempotentResponses keys, Transactions transactions, HttpPreconditions preconditions,
            JsonMapper json, Clock clock, AuditRecorder audit) {
        this.audit = audit;
        this.enterprises = enterprises;
        this.determineHazard = determineHazard;
        this.registerHazard = registerHazard;
        this.hazards = hazards;
        this.keys = keys;
        this.transactions = transactions;
        this.preconditions = preconditions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Registers the hazard of an enterprise inside {@code scope}; an enterprise outside it is answered exactly as one
     * that does not exist. The registration is recorded in the audit trail in the same transaction.
     */
    Outcome register(RegisterHazardRequest request, String idempotencyKey, Actor actor, DataScope scope) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 200) {
            throw new InvalidValueException("Idempotency-Key", "validation.too-long",
                    "the Idempotency-Key must have at most 200 characters", "Idempotency-Key", 200);
        }
        String hash = FileStore.sha256(json.writeValueAsBytes(request));
        if (key != null) {
            Optional<Outcome> earlier = replay(key, hash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            return transactions.write(() -> {
                Enterprise enterprise = enterprise(request, scope);
                HazardId id = registerHazard.execute(new RegisterHazardCommand(finding(request, enterprise, actor),
                        outcome(request, enterprise), actor));
                MajorHazard stored = hazards.findById(id).orElseThrow();
                audit.record(actor, MajorHazard.ENTITY, id.value().toString(), "REGISTERED", null,
                        "status=->" + stored.status() + ";enterprise=" + stored.enterpriseId() + ";jurisdiction="
                                + stored.jurisdiction().value() + ";industry=" + stored.industry().value()
                                + ";channel=" + stored.channel() + ";level=" + (stored.level() == null ? ""
                                : stored.level()) + (stored.clause() == null ? "" : ";clause="
                                + stored.clause().standardCode() + "/" + stored.clause().clauseNumber()));
                String body = json.writeValueAsString(HazardView.of(stored, LocalDate.now(clock)));
                if (key != null && !keys.store(key, hash, 201, body, clock.instant())) {
                    throw new KeyTakenMeanwhile();
                }
                return new Outcome(201, body);
            });
        } catch (KeyTakenMeanwhile e) {
            return replay(key, hash).orElseThrow();
        }
    }

    /** Reads back a stored response body. */
    HazardView readView(String body) {
        return json.readValue(body, HazardView.class);
    }

    private Optional<Outcome> replay(String key, String hash) {
        return keys.find(key).map(stored -> {
            if (!stored.requestHash().equals(hash)) {
                throw preconditions.idempotencyKeyReused();
            }
            return new Outcome(stored.status(), stored.body());
        });
    }

    private static HazardFinding finding(RegisterHazardRequest request, Enterprise found, Actor actor) {
        return new HazardFinding(request.enterpriseId(), found.jurisdiction(), found.industry(), request.location(),
                request.description(), request.discoveredOn(), actor.username(),
                RequestValues.enumValue(DiscoveryChannel.class, request.channel(), "channel"),
                request.sourceReference(), null);
    }

    private HazardLevelOutcome outcome(RegisterHazardRequest request, Enterprise enterprise) {
        if (Boolean.TRUE.equals(request.levelPending())) {
            if (request.clause() != null) {
                throw new InvalidValueException("clause", "hazard.registration.clause-with-pending-level",
                        "a hazard whose level is still to be determined cites no clause yet");
            }
            return null;
        }
        return determine(enterprise.industry(), request.discoveredOn(), request.clause());
    }

    /** The level of a finding against the standard in force on its discovery day for the industry. */
    HazardLevelOutcome determine(IndustryCode industry, LocalDate discoveredOn, Clause clause) {
        ClauseReference cited = clause == null ? null : new ClauseReference(clause.standardCode().strip(),
                clause.clauseNumber().strip());
        DeterminationResult result = determineHazard.determine(new DeterminationRequest(industry, discoveredOn,
                cited));
        return result.level() == HazardLevel.MAJOR ? new HazardLevelOutcome(HazardLevel.MAJOR, result.clause(),
                result.standardCode()) : HazardLevelOutcome.general(null);
    }

    private Enterprise enterprise(RegisterHazardRequest request, DataScope scope) {
        return enterprises.findById(new EnterpriseId(request.enterpriseId()))
                .filter(found -> scope.permits(found.jurisdiction(), found.industry(), found.id().value()))
                .orElseThrow(() -> new InvalidValueException("enterpriseId", "hazard.enterprise.unknown",
                        "no enterprise is registered under this id", request.enterpriseId().toString()));
    }

    /** Another request stored a response under the key between our look-up and our commit. */
    private static final class KeyTakenMeanwhile extends RuntimeException {
        KeyTakenMeanwhile() {
            super(null, null, false, false);
        }
    }
}
