package org.zhiben.enterprises.web;

import java.util.StringJoiner;
import java.util.Objects;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.Actor;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.CurrentActors;
import org.zhiben.audit.AuditRecorder;
import org.springframework.security.access.AccessDeniedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseSearch;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.enterprises.application.FindEnterprises;
import org.zhiben.enterprises.application.RegisterEnterprise;
import org.zhiben.enterprises.application.RegisterEnterpriseCommand;
import org.zhiben.enterprises.application.UpdateEnterprise;
import org.zhiben.enterprises.application.UpdateEnterpriseCommand;
import org.zhiben.enterprises.web.EnterpriseRequests.RegisterEnterpriseRequest;
import org.zhiben.enterprises.web.EnterpriseRequests.UpdateEnterpriseRequest;
import org.zhiben.enterprises.web.EnterpriseResponses.EnterprisePage;
import org.zhiben.enterprises.web.EnterpriseResponses.EnterpriseResponse;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.platform.web.IfMatch;
import org.zhiben.platform.web.RequestValues;

@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "Enterprises", description = "The register of regulated enterprises (企业), by unified social credit code")
class EnterpriseController {

    static final String ENTITY = "Enterprise";

    private final RegisterEnterprise registerEnterprise;
    private final UpdateEnterprise updateEnterprise;
    private final FindEnterprises findEnterprises;
    private final Transactions transactions;
    private final CurrentActors currentActors;
    private final AuditRecorder audit;

    EnterpriseController(RegisterEnterprise registerEnterprise, UpdateEnterprise updateEnterprise,
            FindEnterprises findEnterprises, Transactions transactions, CurrentActors currentActors,
            AuditRecorder audit) {
        this.registerEnterprise = registerEnterprise;
        this.updateEnterprise = updateEnterprise;
        this.findEnterprises = findEnterprises;
        this.transactions = transactions;
        this.currentActors = currentActors;
        this.audit = audit;
    }

    @PostMapping
    @Operation(summary = "Register an enterprise",
            description = "201 with Location and ETag; 400 naming the field (e.g. creditCode with a wrong check "
                    + "character); 403 when the jurisdiction and the industry both lie outside the caller's data "
                    + "scope (a county registers its own enterprises, a department those of its industries); "
                    + "409 enterprise.credit-code.taken when the code is registered already")
    ResponseEntity<EnterpriseResponse> register(@Valid @RequestBody RegisterEnterpriseRequest request) {
        RegisterEnterpriseCommand command = new RegisterEnterpriseCommand(request.toCreditCode(),
                request.toDetails());
        DataScope scope = currentActors.scope();
        if (!scope.permits(command.details().jurisdiction(), command.details().industry(), null)) {
            throw new AccessDeniedException("the enterprise lies outside the caller's data scope");
        }
        Actor actor = currentActors.actor();
        Enterprise registered = transactions.write(() -> {
            Enterprise stored = registerEnterprise.register(command);
            audit.record(actor, ENTITY, stored.id().toString(), "REGISTERED", null,
                    "creditCode=" + stored.creditCode().value() + ";" + codes(stored));
            return stored;
        });
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + registered.id()))
                .eTag(IfMatch.etag(registered.version()))
                .body(EnterpriseResponse.from(registered));
    }

    @GetMapping
    @Operation(summary = "Search enterprises by jurisdiction, industry and name, a page at a time",
            description = "Ordered by name. Phones are masked in the list. Only enterprises inside the caller's "
                    + "data scope are found.")
    EnterprisePage search(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String industry,
            @Parameter(description = "text the name contains, ignoring case") @RequestParam(required = false)
            String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        EnterpriseSearch criteria = new EnterpriseSearch(RequestValues.jurisdiction(jurisdiction, "jurisdiction"),
                RequestValues.industry(industry, "industry"), q, page, size, currentActors.scope());
        return EnterprisePage.from(transactions.read(() -> findEnterprises.search(criteria)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One enterprise, with its contacts in full; ETag: its version")
    ResponseEntity<EnterpriseResponse> get(@PathVariable UUID id) {
        Enterprise enterprise = transactions.read(() -> inScope(findEnterprises.byId(new EnterpriseId(id)), id));
        return withETag(enterprise);
    }

    @GetMapping("/by-credit-code/{creditCode}")
    @Operation(summary = "One enterprise by its unified social credit code")
    ResponseEntity<EnterpriseResponse> byCreditCode(@PathVariable String creditCode) {
        UnifiedSocialCreditCode code = RequestValues.convert(creditCode, "creditCode", UnifiedSocialCreditCode::of);
        return withETag(transactions.read(() -> inScope(findEnterprises.byCreditCode(code), code)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an enterprise's details",
            description = "If-Match with the ETag last read is required: 428 without it, 412 when the enterprise "
                    + "changed since; 404 for an enterprise outside the caller's data scope; 403 when the new "
                    + "jurisdiction and industry would move it outside")
    ResponseEntity<EnterpriseResponse> update(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody UpdateEnterpriseRequest request) {
        long expectedVersion = IfMatch.requiredVersion(ifMatch);
        UpdateEnterpriseCommand command = new UpdateEnterpriseCommand(new EnterpriseId(id), expectedVersion,
                request.toDetails());
        DataScope scope = currentActors.scope();
        Actor actor = currentActors.actor();
        return withETag(transactions.write(() -> {
            Enterprise before = inScope(findEnterprises.byId(command.id()), id);
            EnterpriseProfile old = before.profile();
            long oldVersion = before.version();
            Enterprise after = updateEnterprise.update(command);
            if (!scope.permits(after.jurisdiction(), after.industry(), after.id().value())) {
                throw new AccessDeniedException("the enterprise would lie outside the caller's data scope");
            }
            if (after.version() != oldVersion) {
                audit.record(actor, ENTITY, id.toString(), "UPDATED", null,
                        "changed=" + changedFields(old, after.profile()) + ";" + codes(after) + ";version="
                                + oldVersion + "->" + after.version());
            }
            return after;
        }));
    }

    /** The enterprise, or 404 as if it did not exist when it lies outside the caller's data scope. */
    private Enterprise inScope(Enterprise enterprise, Object requestedId) {
        if (!currentActors.scope().permits(enterprise.jurisdiction(), enterprise.industry(),
                enterprise.id().value())) {
            throw new NotFoundException("enterprise", requestedId);
        }
        return enterprise;
    }

    /** The codes of an enterprise for the audit trail (no names, addresses or phones). */
    static String codes(Enterprise enterprise) {
        return "jurisdiction=" + enterprise.jurisdiction().value() + ";industry=" + enterprise.industry().value()
                + ";standardisationGrade=" + enterprise.standardisationGrade().name() + ";status="
                + enterprise.status().name();
    }

    /** Which attributes differ, by name only: the values may be personal data. */
    static String changedFields(EnterpriseProfile old, EnterpriseProfile revised) {
        StringJoiner changed = new StringJoiner(",");
        addIf(changed, "name", old.name(), revised.name());
        addIf(changed, "jurisdiction", old.jurisdiction(), revised.jurisdiction());
        addIf(changed, "industry", old.industry(), revised.industry());
        addIf(changed, "highRisk", old.highRisk(), revised.highRisk());
        addIf(changed, "address", old.address(), revised.address());
        addIf(changed, "principal", old.principal(), revised.principal());
        addIf(changed, "actualController", old.actualController(), revised.actualController());
        addIf(changed, "standardisationGrade", old.standardisationGrade(), revised.standardisationGrade());
        addIf(changed, "status", old.status(), revised.status());
        return changed.toString();
    }

    private static void addIf(StringJoiner changed, String field, Object old, Object revised) {
        if (!Objects.equals(old, revised)) {
            changed.add(field);
        }
    }

    private static ResponseEntity<EnterpriseResponse> withETag(Enterprise enterprise) {
        return ResponseEntity.ok().eTag(IfMatch.etag(enterprise.version())).body(EnterpriseResponse.from(enterprise));
    }
}
