package org.zhiben.audit.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhiben.audit.AuditCriteria;
import org.zhiben.audit.AuditPage;
import org.zhiben.audit.application.SearchAuditTrail;
import org.zhiben.audit.application.SearchAuditTrailQuery;
import org.zhiben.audit.application.VerifyAuditTrail;
import org.zhiben.audit.web.admin.AuditPresentation.ShownEntry;
import org.zhiben.platform.export.ExportCell;
import org.zhiben.platform.export.ExportTable;
import org.zhiben.platform.export.TableExports;
import org.zhiben.platform.web.SpreadsheetCells;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;

/**
 * The audit trail for auditors: entries searched by user, entity type (chosen from the types the modules name), entity
 * and period (days in the campaign's time zone, both included), newest first, each read by name — who, which entity
 * (linked to its page), what action, which fields changed from what to what; the same entries exported as a CSV or
 * Excel sheet with Chinese headers; and the verification of the whole hash chain, naming the first broken link.
 */
@PageController
@RequestMapping("/audit")
class AuditPages {

    static final String READ = "SCOPE_audit:read";
    private static final int PAGE_SIZE = 50;
    /** The most entries one export holds; a larger trail is exported period by period. */
    static final int EXPORT_LIMIT = 10_000;
    private static final List<String> HEADINGS = List.of("sequence", "at", "username", "unit", "entity-type",
            "entity-id", "action", "change", "reason-column");

    private final SearchAuditTrail search;
    private final VerifyAuditTrail verify;
    private final AuditPresentation presentation;
    private final MessageSource messages;
    private final UiFormats formats;
    private final Clock clock;
    private final TableExports exports;

    AuditPages(SearchAuditTrail search, VerifyAuditTrail verify, AuditPresentation presentation,
            MessageSource messages, UiFormats formats, Clock clock, TableExports exports) {
        this.exports = exports;
        this.search = search;
        this.verify = verify;
        this.presentation = presentation;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    @GetMapping
    String entries(@ModelAttribute("criteria") Criteria criteria, @RequestParam(defaultValue = "0") int page,
                   Model model) {
        PageAccess.require(READ);
        int current = Math.max(page, 0);
        AuditPage found = search.search(new SearchAuditTrailQuery(criteria(criteria), current, PAGE_SIZE));
        model.addAttribute("found", found);
        model.addAttribute("entries", found.entries().stream().map(presentation::show).toList());
        model.addAttribute("lastPage", Math.max(0, (found.totalEntries() - 1) / PAGE_SIZE));
        model.addAttribute("entityTypes", presentation.entityTypes());
        model.addAttribute("exportLimit", EXPORT_LIMIT);
        return "audit/entries";
    }

    /** The entries found, as CSV (UTF-8 with a byte order mark, so that Excel reads it). */
    @GetMapping("/export.csv")
    ResponseEntity<byte[]> exportCsv(@ModelAttribute Criteria criteria) {
        PageAccess.require(READ);
        StringBuilder csv = new StringBuilder("\uFEFF").append(SpreadsheetCells.csvLine(headings()));
        exported(criteria).forEach(row -> csv.append(SpreadsheetCells.csvLine(row)));
        return download(csv.toString().getBytes(StandardCharsets.UTF_8), "csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    /**
     * The entries found, as an Excel workbook through the platform's table export: the title, the period searched
     * under it, the heading frozen, the sequence number stored as a number.
     */
    @GetMapping("/export.xlsx")
    void exportXlsx(@ModelAttribute Criteria criteria, HttpServletResponse response) {
        PageAccess.require(READ);
        List<List<ExportCell>> body = exportedEntries(criteria).stream().map(entry -> {
            List<ExportCell> cells = new ArrayList<>();
            cells.add(ExportCell.count(entry.sequence()));
            row(entry).stream().skip(1).map(ExportCell::text).forEach(cells::add);
            return cells;
        }).toList();
        ExportTable table = ExportTable.simple(message("ui.audit.title"), headings(), body)
                .withPeriod(period(criteria))
                .withWidths(List.of(10, 22, 16, 20, 16, 38, 18, 60, 24));
        exports.sendXlsx(response, message("ui.audit.export.file-name") + "-" + LocalDate.now(clock),
                List.of(table));
    }

    /** The days searched, as the export's period: 2026年12月1日—2026年12月2日, open ends left empty. */
    private String period(Criteria criteria) {
        if (criteria.getFrom() == null && criteria.getTo() == null) {
            return null;
        }
        return formats.date(criteria.getFrom()) + "—" + formats.date(criteria.getTo());
    }

    @GetMapping("/verification")
    String verification(Model model) {
        PageAccess.require(READ);
        model.addAttribute("verification", verify.verify());
        return "audit/verification";
    }

    private List<List<String>> exported(Criteria criteria) {
        return exportedEntries(criteria).stream().map(this::row).toList();
    }

    private List<ShownEntry> exportedEntries(Criteria criteria) {
        AuditCriteria searched = criteria(criteria);
        List<ShownEntry> entries = new ArrayList<>();
        int size = SearchAuditTrailQuery.MAXIMUM_PAGE_SIZE;
        for (int page = 0; entries.size() < EXPORT_LIMIT; page++) {
            AuditPage found = search.search(new SearchAuditTrailQuery(searched, page, size));
            found.entries().stream().limit(EXPORT_LIMIT - entries.size()).map(presentation::show)
                    .forEach(entries::add);
            if ((long) (page + 1) * size >= found.totalEntries()) {
                break;
            }
        }
        return entries;
    }

    private List<String> row(ShownEntry entry) {
        return List.of(String.valueOf(entry.sequence()), formats.dateTime(entry.at()),
                entry.actorName() != null ? entry.actorName() : entry.username(),
                entry.unitName(), entry.entityTypeName(), entry.entityId(), entry.action(), entry.changeText(),
                entry.reason() == null ? "" : entry.reason());
    }

    private List<String> headings() {
        return HEADINGS.stream().map(heading -> message("ui.audit." + heading)).toList();
    }

    private ResponseEntity<byte[]> download(byte[] body, String extension, MediaType type) {
        String name = message("ui.audit.export.file-name") + "-" + LocalDate.now(clock) + "." + extension;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(type)
                .body(body);
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private AuditCriteria criteria(Criteria criteria) {
        return new AuditCriteria(blankToNull(criteria.getUsername()), blankToNull(criteria.getEntityType()),
                blankToNull(criteria.getEntityId()), startOf(criteria.getFrom()),
                criteria.getTo() == null ? null : startOf(criteria.getTo().plusDays(1)));
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The search, as the form sends it and shows it again. */
    public static class Criteria {

        private String username;
        private String entityType;
        private String entityId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate from;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate to;

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getEntityType() {
            return entityType;
        }

        public void setEntityType(String entityType) {
            this.entityType = entityType;
        }

        public String getEntityId() {
            return entityId;
        }

        public void setEntityId(String entityId) {
            this.entityId = entityId;
        }

        public LocalDate getFrom() {
            return from;
        }

        public void setFrom(LocalDate from) {
            this.from = from;
        }

        public LocalDate getTo() {
            return to;
        }

        public void setTo(LocalDate to) {
            this.to = to;
        }
    }
}
