package org.zhiben.hazards.web;

import org.zhiben.hazards.NoStandardForSectorException;
import org.zhiben.hazards.application.FindApplicableClauses;
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
import org.zhiben.hazards.application.ImportStandardVersion;
import org.zhiben.hazards.application.PutStandardInForceCommand;
import org.zhiben.hazards.application.ReadStandards;
import org.zhiben.hazards.application.SetStandardEffectiveFrom;
import org.zhiben.hazards.application.StandardView;
import org.zhiben.hazards.standards.StandardDocument;
import org.zhiben.hazards.web.StandardResponses.StandardResponse;
import org.zhiben.hazards.web.StandardResponses.StandardSummary;
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

    private final ReadStandards read;
    private final FindApplicableClauses applicable;
    private final ImportStandardVersion importVersion;
    private final SetStandardEffectiveFrom setEffectiveFrom;
    private final Clock clock;

    StandardController(ReadStandards read, FindApplicableClauses applicable, ImportStandardVersion importVersion,
            SetStandardEffectiveFrom setEffectiveFrom, Clock clock) {
        this.read = read;
        this.applicable = applicable;
        this.importVersion = importVersion;
        this.setEffectiveFrom = setEffectiveFrom;
        this.clock = clock;
    }

    record EffectiveFromRequest(String effectiveFrom) {
    }

    record ApplicableClausesResponse(String sector, LocalDate date, String code, String title, String documentNumber,
            @io.swagger.v3.oas.annotations.media.Schema(nullable = true) LocalDate effectiveFrom,
            List<StandardResponses.ClauseResponse> clauses) {
        static ApplicableClausesResponse from(FindApplicableClauses.ApplicableClauses found, LocalDate day) {
            return new ApplicableClausesResponse(found.sector().value(), day, found.standard().code(),
                    found.standard().title(), found.standard().documentNumber(), found.standard().effectiveFrom(),
                    found.clauses().stream().map(StandardResponses.ClauseResponse::from).toList());
        }
    }

    @GetMapping
    @Operation(summary = "Every version of every standard, by code, with whether it is in force today")
    List<StandardSummary> list() {
        return read.list().stream().map(v -> StandardSummary.from(v.standard(), v.inForce())).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One version with its clauses")
    StandardResponse get(@PathVariable String code) {
        return detail(read.get(code));
    }

    @GetMapping("/{code}/versions")
    @Operation(summary = "The chain of versions the code belongs to, oldest first")
    List<StandardSummary> versions(@PathVariable String code) {
        return read.versions(code).stream().map(v -> StandardSummary.from(v.standard(), v.inForce())).toList();
    }

    @GetMapping("/applicable-clauses")
    @Operation(summary = "The clauses an enterprise of the sector can be judged under on a day (default: today)",
            description = "The standard in force for the sector, with only its clause groups that fit the sector "
                    + "(e.g. a mine finds the mines standard's 地下矿山, 露天矿山 and 尾矿库 clauses; a metallurgy "
                    + "enterprise the 工贸 standard's 通用, 冶金, 专项 and 通则 clauses). 404 "
                    + "hazard.standard.none-for-sector when no standard covers the sector: a finding there is "
                    + "recorded as a general hazard.")
    ApplicableClausesResponse applicableClauses(@RequestParam(required = false) String sector,
            @RequestParam(required = false) String date) {
        IndustryCode industry = RequestValues.industry(sector, "sector");
        if (industry == null) {
            throw new InvalidValueException("sector", "validation.required", "sector is required", "sector");
        }
        LocalDate day = date == null || date.isBlank() ? LocalDate.now(clock) : RequestDates.parse(date, "date");
        return ApplicableClausesResponse.from(applicable.find(industry, day), day);
    }

    @GetMapping("/in-force")
    @Operation(summary = "The standard that applies to a sector on a day (default: today)",
            description = "404 hazard.standard.none-for-sector when no standard or key inspection items apply")
    StandardResponse inForce(@RequestParam(required = false) String sector,
            @RequestParam(required = false) String date) {
        IndustryCode industry = RequestValues.industry(sector, "sector");
        if (industry == null) {
            throw new InvalidValueException("sector", "validation.required", "sector is required", "sector");
        }
        LocalDate day = date == null || date.isBlank() ? LocalDate.now(clock) : RequestDates.parse(date, "date");
        return read.inForce(industry, day).map(StandardController::detail)
                .orElseThrow(() -> new NoStandardForSectorException(industry, applicable.nameOf(industry), day));
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import a version from a YAML file",
            description = "Shape: code, title, document_number, issuer, effective_from, supersedes, sectors, "
                    + "source_notes, notes, clauses[number, group, text]. A version that supersedes another keeps "
                    + "the old one, marked as superseded. 409 for a code that exists; 400 naming the field for a "
                    + "wrong shape.")
    ResponseEntity<StandardResponse> importVersion(@RequestParam("file") MultipartFile file) {
        StandardDocument document = StandardDocument.parse(bytes(file));
        StandardResponse imported = detail(importVersion.execute(document.command(), document.notes()));
        return ResponseEntity.created(URI.create("/api/v1/standards/" + imported.code())).body(imported);
    }

    @PutMapping("/{code}/effective-from")
    @Operation(summary = "Set the day a version not yet in force comes into force")
    StandardResponse putInForce(@PathVariable String code, @RequestBody EffectiveFromRequest request) {
        LocalDate effectiveFrom = RequestDates.parse(request.effectiveFrom(), "effectiveFrom");
        return detail(setEffectiveFrom.execute(new PutStandardInForceCommand(code, effectiveFrom)));
    }

    private static StandardResponse detail(StandardView view) {
        return StandardResponse.from(view.standard(), view.inForce(), view.notes());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }
}
