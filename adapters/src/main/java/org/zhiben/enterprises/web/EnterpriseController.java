package org.zhiben.enterprises.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.enterprises.application.FindEnterprises;
import org.zhiben.enterprises.application.RegisterEnterprise;
import org.zhiben.enterprises.application.RegisterEnterpriseCommand;
import org.zhiben.enterprises.application.UpdateEnterprise;
import org.zhiben.enterprises.application.UpdateEnterpriseCommand;
import org.zhiben.enterprises.web.EnterpriseRequests.RegisterEnterpriseRequest;
import org.zhiben.enterprises.web.EnterpriseRequests.UpdateEnterpriseRequest;
import org.zhiben.enterprises.web.EnterpriseResponses.EnterpriseChoice;
import org.zhiben.enterprises.web.EnterpriseResponses.EnterpriseResponse;
import org.zhiben.enterprises.web.EnterpriseResponses.EnterpriseSummary;
import org.zhiben.platform.web.IfMatch;
import org.zhiben.platform.web.PageView;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.RespondsWithETag;

@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "Enterprises", description = "The register of regulated enterprises (企业), by unified social credit code")
class EnterpriseController {

    private final RegisterEnterprise registerEnterprise;
    private final UpdateEnterprise updateEnterprise;
    private final FindEnterprises enterprises;

    EnterpriseController(RegisterEnterprise registerEnterprise, UpdateEnterprise updateEnterprise,
            FindEnterprises enterprises) {
        this.registerEnterprise = registerEnterprise;
        this.updateEnterprise = updateEnterprise;
        this.enterprises = enterprises;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RespondsWithETag
    @Operation(summary = "Register an enterprise",
            description = "201 with Location and ETag; 400 naming the field (e.g. creditCode with a wrong check "
                    + "character); 403 enterprise.out-of-scope when the jurisdiction and the industry both lie outside the caller's data "
                    + "scope (a county registers its own enterprises, a department those of its industries); "
                    + "409 enterprise.credit-code.taken when the code is registered already")
    ResponseEntity<EnterpriseResponse> register(@Valid @RequestBody RegisterEnterpriseRequest request) {
        RegisterEnterpriseCommand command = new RegisterEnterpriseCommand(request.toCreditCode(),
                request.toDetails());
        Enterprise registered = registerEnterprise.register(command);
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + registered.id()))
                .eTag(IfMatch.etag(registered.version()))
                .body(EnterpriseResponse.from(registered));
    }

    @GetMapping
    @Operation(summary = "Search enterprises by jurisdiction, industry and name, a page at a time",
            description = "Ordered by name. Phones are masked in the list. Only enterprises inside the caller's "
                    + "data scope are found.")
    PageView<EnterpriseSummary> search(
            @Parameter(schema = @Schema(description = EnterpriseResponses.JURISDICTION,
                    pattern = "^[0-9]{6}(-P[0-9]{2})?$")) @RequestParam(required = false) String jurisdiction,
            @Parameter(schema = @Schema(description = EnterpriseResponses.INDUSTRY,
                    pattern = "^[A-Z][A-Z0-9_]{1,39}$")) @RequestParam(required = false) String industry,
            @Parameter(description = "text the name contains, ignoring case") @RequestParam(required = false)
            String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return EnterpriseResponses.pageOf(enterprises.search(RequestValues.jurisdiction(jurisdiction, "jurisdiction"),
                RequestValues.industry(industry, "industry"), q, page, size));
    }

    @GetMapping("/choices")
    @Operation(summary = "Enterprises whose name or credit code contains the text, for a picker",
            description = "At most " + FindEnterprises.CHOICES + ", ordered by name, only inside the caller's data "
                    + "scope; blank text finds none; 400 enterprise.choices.text-too-long beyond "
                    + FindEnterprises.CHOICE_TEXT_MAXIMUM + " characters.")
    List<EnterpriseChoice> choices(
            @Parameter(description = "part of the name or of the unified social credit code, ignoring case")
            @RequestParam String q) {
        return enterprises.choices(q).stream().map(EnterpriseChoice::from).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One enterprise, with its contacts in full; ETag: its version")
    @RespondsWithETag
    ResponseEntity<EnterpriseResponse> get(@PathVariable UUID id) {
        return withETag(enterprises.byId(new EnterpriseId(id)));
    }

    @GetMapping("/by-credit-code/{creditCode}")
    @Operation(summary = "One enterprise by its unified social credit code")
    @RespondsWithETag
    ResponseEntity<EnterpriseResponse> byCreditCode(@PathVariable String creditCode) {
        UnifiedSocialCreditCode code = RequestValues.convert(creditCode, "creditCode", UnifiedSocialCreditCode::of);
        return withETag(enterprises.byCreditCode(code));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an enterprise's details",
            description = "If-Match with the ETag last read is required: 428 without it, 412 when the enterprise "
                    + "changed since; 404 for an enterprise outside the caller's data scope; 403 "
                    + "enterprise.out-of-scope when the new jurisdiction and industry would move it outside; 403 "
                    + "enterprise.jurisdiction.supervisor-only or enterprise.industry.supervisor-only when a caller "
                    + "who does not supervise the enterprise (its own safety manager) changes its jurisdiction or "
                    + "industry; 409 enterprise.credit-code.unchangeable when creditCode is given and is not the "
                    + "enterprise's")
    ResponseEntity<EnterpriseResponse> update(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody UpdateEnterpriseRequest request) {
        long expectedVersion = IfMatch.requiredVersion(ifMatch);
        UpdateEnterpriseCommand command = new UpdateEnterpriseCommand(new EnterpriseId(id), expectedVersion,
                request.toCreditCode(), request.toDetails());
        return withETag(updateEnterprise.update(command));
    }

    private static ResponseEntity<EnterpriseResponse> withETag(Enterprise enterprise) {
        return ResponseEntity.ok().eTag(IfMatch.etag(enterprise.version())).body(EnterpriseResponse.from(enterprise));
    }
}
