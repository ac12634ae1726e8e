package org.zhiben.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.export.ExportTable;
import org.zhiben.platform.export.TableExports;
import org.zhiben.platform.web.IfMatch;
import org.zhiben.platform.web.PageView;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.RespondsWithETag;
import org.zhiben.reporting.PolicyAttachment;
import org.zhiben.reporting.PolicyDocumentUpload;
import org.zhiben.reporting.PolicyEntry;
import org.zhiben.reporting.PolicyEntryId;
import org.zhiben.reporting.PolicyFilter;
import org.zhiben.reporting.PolicyKind;
import org.zhiben.reporting.PolicyPage;
import org.zhiben.reporting.application.ReadPolicies;
import org.zhiben.reporting.application.RecordPolicies;
import org.zhiben.shared.UnitCode;

/**
 * The policy statistics table (附表2 自治州安全生产治本攻坚出台政策统计表): a unit enters the policies and rules it
 * issued and uploads the issued document; the committee office compiles every unit's lines, a unit its own.
 */
@Tag(name = "Reporting: policy statistics", description = "附表2 出台政策统计表：各级、各部门出台的安全生产制度类文件")
@RestController
@RequestMapping("/api/v1/reporting/policies")
class PolicyController {

    @Schema(description = "A policy or rule a unit issued. unit: the code of the unit that issued it (one the caller "
            + "reports for); issuedOn not after today; the document number is entered once per unit.")
    record PolicyRequest(@Schema(example = "HOUSING") String unit, @Schema(maxLength = 200) String title,
            @Schema(maxLength = 100, example = "克州住建发〔2024〕12号") String documentNumber, LocalDate issuedOn,
            @Schema(implementation = PolicyKind.class) String kind, Boolean copiedToOffice) {
    }

    @Schema(description = "The issued document as stored")
    record DocumentView(String fileName, String contentType, long size, String sha256) {

        static DocumentView of(PolicyAttachment a) {
            return a == null ? null : new DocumentView(a.fileName(), a.contentType(), a.size(), a.sha256());
        }
    }

    @Schema(description = "A line of 附表2")
    record PolicyView(UUID id, String unit, String unitName, String title, String documentNumber, LocalDate issuedOn,
            @Schema(implementation = PolicyKind.class) String kind, String kindLabel, boolean copiedToOffice,
            @Schema(nullable = true) DocumentView document, Instant enteredAt, String enteredBy, long version) {
    }

    private final RecordPolicies record;
    private final ReadPolicies read;
    private final MemberUnits units;
    private final PolicyTableExports tables;
    private final TableExports exports;

    PolicyController(RecordPolicies record, ReadPolicies read, MemberUnits units, PolicyTableExports tables,
            TableExports exports) {
        this.record = record;
        this.read = read;
        this.units = units;
        this.tables = tables;
        this.exports = exports;
    }

    @Operation(summary = "Enter a policy a unit issued",
            description = "403 when the caller does not report for the unit; 409 reporting.policy.duplicate when the "
                    + "unit already entered this document number.")
    @PostMapping
    ResponseEntity<PolicyView> enter(@RequestBody PolicyRequest request) {
        PolicyEntry entered = record.enter(RequestValues.unit(request.unit(), "unit"), details(request));
        return ResponseEntity.created(URI.create("/api/v1/reporting/policies/" + entered.id()))
                .eTag(IfMatch.etag(entered.version())).body(view(entered));
    }

    @Operation(summary = "The policy statistics table compiled for the caller, the latest issued first",
            description = "The committee office reads every unit's lines, a unit its own. Filters: unit, kind, issue "
                    + "period (issuedFrom, issuedTo inclusive). size is 1 to 200.")
    @GetMapping
    PageView<PolicyView> compile(
            @Parameter(schema = @Schema(pattern = "^[A-Z][A-Z0-9_]{1,39}$")) @RequestParam(required = false)
            String unit,
            @Parameter(schema = @Schema(implementation = PolicyKind.class)) @RequestParam(required = false)
            String kind,
            @RequestParam(required = false) LocalDate issuedFrom, @RequestParam(required = false) LocalDate issuedTo,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        UnitCode unitCode = RequestValues.unit(unit, "unit");
        PolicyPage found = read.compile(new PolicyFilter(unitCode == null ? null : Set.of(unitCode),
                RequestValues.enumValue(PolicyKind.class, kind, "kind"), issuedFrom, issuedTo, page, size));
        return PageView.of(found.entries(), this::view, found.page(), found.size(), found.total());
    }

    @Operation(summary = "附表2 as an xlsx workbook laid out as the form",
            description = "Every line the caller reads under the filters (unit, kind, issuedFrom, issuedTo), the "
                    + "heading in two rows with 类别 merged over its four kinds, a total line counting each kind.")
    @ApiResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = TableExports.XLSX,
            schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/export.xlsx")
    void exportXlsx(@RequestParam(required = false) String unit, @RequestParam(required = false) String kind,
            @RequestParam(required = false) LocalDate issuedFrom, @RequestParam(required = false) LocalDate issuedTo,
            HttpServletResponse response) {
        exports.sendXlsx(response, "附表2", List.of(table(unit, kind, issuedFrom, issuedTo)));
    }

    @Operation(summary = "附表2 as a PDF laid out as the form",
            description = "The same table as export.xlsx, written with the embedded CJK font.")
    @ApiResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = TableExports.PDF,
            schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/export.pdf")
    void exportPdf(@RequestParam(required = false) String unit, @RequestParam(required = false) String kind,
            @RequestParam(required = false) LocalDate issuedFrom, @RequestParam(required = false) LocalDate issuedTo,
            HttpServletResponse response) {
        exports.sendPdf(response, "附表2", table(unit, kind, issuedFrom, issuedTo));
    }

    private ExportTable table(String unit, String kind, LocalDate issuedFrom, LocalDate issuedTo) {
        UnitCode unitCode = RequestValues.unit(unit, "unit");
        return tables.table(new PolicyFilter(unitCode == null ? null : Set.of(unitCode),
                RequestValues.enumValue(PolicyKind.class, kind, "kind"), issuedFrom, issuedTo, 0,
                PolicyFilter.MAX_SIZE));
    }

    @Operation(summary = "One line of 附表2, with its version as ETag")
    @RespondsWithETag
    @GetMapping("/{id}")
    ResponseEntity<PolicyView> find(@PathVariable UUID id) {
        PolicyEntry found = read.find(new PolicyEntryId(id));
        return IfMatch.answer(found.version(), view(found));
    }

    @Operation(summary = "Correct a line of 附表2 (If-Match: the version last read)")
    @RespondsWithETag
    @PutMapping("/{id}")
    ResponseEntity<PolicyView> revise(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody PolicyRequest request) {
        PolicyEntry revised = record.revise(new PolicyEntryId(id), IfMatch.requiredVersion(ifMatch),
                details(request));
        return IfMatch.answer(revised.version(), view(revised));
    }

    @Operation(summary = "Upload the issued document of a line (PDF, JPEG or PNG by content; 20 MB by default; "
            + "If-Match: the version last read); it replaces an earlier one")
    @RespondsWithETag
    @PutMapping(path = "/{id}/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<PolicyView> attach(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestPart("file") MultipartFile file) {
        long version = IfMatch.requiredVersion(ifMatch);
        PolicyEntry attached = record.attach(new PolicyEntryId(id), version, upload(file));
        return IfMatch.answer(attached.version(), view(attached));
    }

    @Operation(summary = "Download the issued document of a line")
    @ApiResponse(responseCode = "200", description = "The file as uploaded", content = {
            @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary"))})
    @GetMapping("/{id}/document")
    ResponseEntity<Resource> document(@PathVariable UUID id) {
        ReadPolicies.StoredDocument stored = read.document(new PolicyEntryId(id));
        PolicyAttachment file = stored.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(stored.content()));
    }

    static PolicyEntry.Details details(PolicyRequest request) {
        return new PolicyEntry.Details(request.title(), request.documentNumber(), request.issuedOn(),
                RequestValues.enumValue(PolicyKind.class, request.kind(), "kind"),
                org.zhiben.shared.Require.notNull(request.copiedToOffice(), "copiedToOffice"));
    }

    static PolicyDocumentUpload upload(MultipartFile file) {
        try {
            return new PolicyDocumentUpload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }

    private PolicyView view(PolicyEntry e) {
        PolicyEntry.Details d = e.details();
        String unitName = units.findByCode(e.unit()).map(MemberUnit::name).orElse(e.unit().value());
        return new PolicyView(e.id().value(), e.unit().value(), unitName, d.title(), d.documentNumber(), d.issuedOn(),
                d.kind().name(), d.kind().label(), d.copiedToOffice(), DocumentView.of(e.attachment()),
                e.enteredAt(), e.enteredBy(), e.version());
    }
}
