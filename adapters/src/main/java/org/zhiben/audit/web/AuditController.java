package org.zhiben.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.audit.AuditCriteria;
import org.zhiben.audit.AuditEntry;
import org.zhiben.audit.AuditPage;
import org.zhiben.audit.ChainAnchor;
import org.zhiben.audit.ChainVerification;
import org.zhiben.audit.application.AnchorAuditTrail;
import org.zhiben.audit.application.SearchAuditTrail;
import org.zhiben.audit.application.SearchAuditTrailQuery;
import org.zhiben.audit.application.VerifyAuditTrail;
import org.zhiben.platform.web.PageView;
import org.zhiben.shared.InvalidValueException;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail", description = "The tamper-evident audit trail: search, verify the hash chain, anchor it")
class AuditController {

    private final SearchAuditTrail search;
    private final VerifyAuditTrail verify;
    private final AnchorAuditTrail anchor;

    AuditController(SearchAuditTrail search, VerifyAuditTrail verify, AnchorAuditTrail anchor) {
        this.search = search;
        this.verify = verify;
        this.anchor = anchor;
    }

    @GetMapping("/entries")
    @Operation(summary = "Search the audit trail, newest first",
            description = "from (inclusive) and to (exclusive) are ISO-8601 instants, e.g. 2026-01-31T16:00:00Z")
    PageView<EntryResponse> entries(@RequestParam(required = false) String username,
                            @RequestParam(required = false) String entityType,
                            @RequestParam(required = false) String entityId,
                            @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "50") int size) {
        var query = new SearchAuditTrailQuery(new AuditCriteria(username, entityType, entityId, instant(from, "from"),
                instant(to, "to")), page, size);
        AuditPage found = search.search(query);
        return PageView.of(found.entries(), EntryResponse::from, found.page(), found.size(), found.totalEntries());
    }

    @GetMapping("/verification")
    @Operation(summary = "Verify the whole hash chain against the anchors",
            description = "intact, or the first broken sequence and how it is broken (HASH_MISMATCH, LINK_MISMATCH, "
                    + "SEQUENCE_GAP, ANCHOR_MISMATCH, TRUNCATED)")
    VerificationResponse verification() {
        return VerificationResponse.from(verify.verify());
    }

    @PostMapping("/anchors")
    @Operation(summary = "Anchor the trail at its last entry (after verifying it)",
            description = "204 while the trail is empty; 409 audit.chain.broken when the trail is broken")
    @ApiResponse(responseCode = "200", description = "The new anchor")
    @ApiResponse(responseCode = "204", description = "The trail is empty: nothing to anchor", content = @Content)
    ResponseEntity<AnchorResponse> anchor() {
        return anchor.anchor()
                .map(a -> ResponseEntity.ok(AnchorResponse.from(a)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/anchors")
    @Operation(summary = "Every anchor, oldest first, to export and keep apart from the trail")
    List<AnchorResponse> anchors() {
        return anchor.anchors().stream().map(AnchorResponse::from).toList();
    }

    private static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "validation.type-mismatch", field + " is not an ISO-8601 instant",
                    field);
        }
    }

    record EntryResponse(long sequence, Instant at, String username, String role,
                         @Schema(nullable = true) String unitCode, String entityType, String entityId, String action,
                         @Schema(nullable = true) String reason, @Schema(nullable = true) String change,
                         String previousHash, String hash) {
        static EntryResponse from(AuditEntry e) {
            return new EntryResponse(e.sequence(), e.at(), e.username(), e.role(), e.unitCode(), e.entityType(),
                    e.entityId(), e.action(), e.reason(), e.change(), e.previousHash(), e.hash());
        }
    }

    record VerificationResponse(boolean intact, long entriesChecked, @Schema(nullable = true) Long firstBrokenSequence,
                                @Schema(nullable = true) String breakKind) {
        static VerificationResponse from(ChainVerification v) {
            return new VerificationResponse(v.intact(), v.entriesChecked(), v.firstBrokenSequence(),
                    v.breakKind() == null ? null : v.breakKind().name());
        }
    }

    record AnchorResponse(long sequence, String hash, Instant at) {
        static AnchorResponse from(ChainAnchor a) {
            return new AnchorResponse(a.sequence(), a.hash(), a.at());
        }
    }
}
