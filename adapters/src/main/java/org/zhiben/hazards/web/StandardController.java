package org.zhiben.hazards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.StandardCatalog;
import org.zhiben.hazards.application.BrowseStandards;
import org.zhiben.hazards.application.PutStandardInForce;
import org.zhiben.hazards.application.PutStandardInForceCommand;
import org.zhiben.hazards.storage.StandardNotes;
import org.zhiben.hazards.web.StandardResponses.StandardResponse;
import org.zhiben.hazards.web.StandardResponses.StandardSummary;
import org.zhiben.identity.CurrentActors;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.shared.Actor;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/standards")
@Tag(name = "Determination standards",
        description = "Versions of the major-hazard determination standards (重大事故隐患判定标准) and key inspection "
                + "items (重点检查事项), with their clauses")
class StandardController {

    static final String ENTITY = "DeterminationStandard";

    private final BrowseStandards browse;
    private final StandardImporting standardImporting;
    private final PutStandardInForce putStandardInForce;
    private final StandardNotes notes;
    private final Transactions transactions;
    private final Clock clock;
    private final CurrentActors currentActors;
    private final AuditRecorder audit;

    StandardController(BrowseStandards browse, StandardImporting standardImporting, PutStandardInForce putStandardInForce,
            StandardNotes notes, Transactions transactions, Clock clock, CurrentActors currentActors,
            AuditRecorder audit) {
        this.currentActors = currentActors;
        this.audit = audit;
        this.browse = browse;
        this.standardImporting = standardImporting;
        this.putStandardInForce = putStandardInForce;
        this.notes = notes;
        this.transactions = transactions;
        this.clock = clock;
    }

    record EffectiveFromRequest(String effectiveFrom) {
    }

    @GetMapping
    @Operation(summary = "Every version of every standard, by code, with whether it is in force today")
    List<StandardSummary> list() {
        return transactions.read(() -> {
            List<DeterminationStandard> all = browse.list();
            StandardCatalog catalog = new StandardCatalog(all);
            LocalDate today = LocalDate.now(clock);
            return all.stream().map(s -> StandardSummary.from(s, catalog.isInForce(s, today))).toList();
        });
    }

    @GetMapping("/{code}")
    @Operation(summary = "One version with its clauses")
    StandardResponse get(@PathVariable String code) {
        return transactions.read(() -> detail(browse.get(code)));
    }

    @GetMapping("/{code}/versions")
    @Operation(summary = "The chain of versions the code belongs to, oldest first")
    List<StandardSummary> versions(@PathVariable String code) {
        return transactions.read(() -> {
            StandardCatalog catalog = new StandardCatalog(browse.list());
            LocalDate today = LocalDate.now(clock);
            return browse.versions(code).stream().map(s -> StandardSummary.from(s, catalog.isInForce(s, today)))
                    .toList();
        });
    }

    @GetMapping("/in-force")
    @Operation(summary = "The standard that applies to a sector on a day (default: today)",
            description = "404 when no standard or key inspection items apply")
    StandardResponse inForce(@RequestParam(required = false) String sector,
            @RequestParam(required = false) String date) {
        IndustryCode industry = RequestValues.industry(sector, "sector");
        if (industry == null) {
            throw new InvalidValueException("sector", "validation.required", "sector is required", "sector");
        }
        LocalDate day = date == null || date.isBlank() ? LocalDate.now(clock) : RequestDates.parse(date, "date");
        return transactions.read(() -> browse.inForce(industry, day).map(this::detail)
                .orElseThrow(() -> new NotFoundException("determination-standard", industry + "@" + day)));
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import a version from a YAML file",
            description = "Shape: code, title, document_number, issuer, effective_from, supersedes, sectors, "
                    + "source_notes, notes, clauses[number, group, text]. A version that supersedes another keeps "
                    + "the old one, marked as superseded. 409 for a code that exists; 400 naming the field for a "
                    + "wrong shape.")
    ResponseEntity<StandardResponse> importVersion(@RequestParam("file") MultipartFile file) {
        DeterminationStandard standard = standardImporting.importDocument(bytes(file));
        StandardResponse imported = transactions.read(() -> detail(standard));
        return ResponseEntity.created(URI.create("/api/v1/standards/" + imported.code())).body(imported);
    }

    @PutMapping("/{code}/effective-from")
    @Operation(summary = "Set the day a version not yet in force comes into force")
    StandardResponse putInForce(@PathVariable String code, @RequestBody EffectiveFromRequest request) {
        LocalDate effectiveFrom = RequestDates.parse(request.effectiveFrom(), "effectiveFrom");
        PutStandardInForceCommand command = new PutStandardInForceCommand(code, effectiveFrom);
        Actor actor = currentActors.actor();
        return transactions.write(() -> {
            DeterminationStandard standard = putStandardInForce.putInForce(command);
            audit.record(actor, ENTITY, standard.code(), "EFFECTIVE_FROM_SET", null,
                    "effectiveFrom=" + standard.effectiveFrom());
            return detail(standard);
        });
    }

    private StandardResponse detail(DeterminationStandard standard) {
        StandardCatalog catalog = new StandardCatalog(browse.list());
        boolean inForce = catalog.find(standard.code()).map(s -> catalog.isInForce(s, LocalDate.now(clock)))
                .orElse(false);
        return StandardResponse.from(standard, inForce, notes.of(standard.code()).orElse(null));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }
}
