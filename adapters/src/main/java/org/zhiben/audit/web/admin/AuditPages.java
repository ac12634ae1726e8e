package org.zhiben.audit.web.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhiben.audit.AuditCriteria;
import org.zhiben.audit.AuditPage;
import org.zhiben.audit.application.SearchAuditTrail;
import org.zhiben.audit.application.SearchAuditTrailQuery;
import org.zhiben.audit.application.VerifyAuditTrail;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;

/**
 * The audit trail for auditors: entries searched by user, entity and period (days in the campaign's time zone, both
 * included), newest first; and the verification of the whole hash chain, naming the first broken link.
 */
@PageController
@RequestMapping("/audit")
class AuditPages {

    static final String READ = "SCOPE_audit:read";
    private static final int PAGE_SIZE = 50;

    private final SearchAuditTrail search;
    private final VerifyAuditTrail verify;
    private final Clock clock;

    AuditPages(SearchAuditTrail search, VerifyAuditTrail verify, Clock clock) {
        this.search = search;
        this.verify = verify;
        this.clock = clock;
    }

    @GetMapping
    String entries(@RequestParam(required = false) String username,
                   @RequestParam(required = false) String entityType,
                   @RequestParam(required = false) String entityId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        PageAccess.require(READ);
        var criteria = new AuditCriteria(blankToNull(username), blankToNull(entityType), blankToNull(entityId),
                startOf(from), to == null ? null : startOf(to.plusDays(1)));
        int current = Math.max(page, 0);
        AuditPage found = search.search(new SearchAuditTrailQuery(criteria, current, PAGE_SIZE));
        model.addAttribute("found", found);
        model.addAttribute("lastPage", Math.max(0, (found.totalEntries() - 1) / PAGE_SIZE));
        model.addAttribute("criteria", new Criteria(username, entityType, entityId, from, to));
        return "audit/entries";
    }

    @GetMapping("/verification")
    String verification(Model model) {
        PageAccess.require(READ);
        model.addAttribute("verification", verify.verify());
        return "audit/verification";
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The search as the form shows it again. */
    record Criteria(String username, String entityType, String entityId, LocalDate from, LocalDate to) {
    }
}
