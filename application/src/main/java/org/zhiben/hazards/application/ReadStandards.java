package org.zhiben.hazards.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.DeterminationStandards;
import org.zhiben.hazards.StandardCatalog;
import org.zhiben.hazards.storage.StandardNotes;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.NotFoundException;

/**
 * Reads the determination standards for the API and the pages (plan task 22: "加强重大事故隐患判定标准宣贯"): every
 * version with whether it is in force today, one version with its clauses and notes, the chain of versions, and the
 * one that applies to a sector on a day.
 */
public class ReadStandards {

    private final DeterminationStandards standards;
    private final StandardNotes notes;
    private final Clock clock;

    public ReadStandards(DeterminationStandards standards, StandardNotes notes, Clock clock) {
        this.standards = standards;
        this.notes = notes;
        this.clock = clock;
    }

    /** Every version of every standard, by code, without notes. */
    public List<StandardView> list() {
        StandardCatalog catalog = catalog();
        LocalDate today = LocalDate.now(clock);
        return catalog.all().stream().sorted(Comparator.comparing(DeterminationStandard::code))
                .map(s -> new StandardView(s, catalog.isInForce(s, today), null)).toList();
    }

    /** One version with its clauses and notes; 404 for an unknown code. */
    public StandardView get(String code) {
        return detail(standards.findByCode(code)
                .orElseThrow(() -> new NotFoundException("determination-standard", code)));
    }

    /** The versions of the standard the code belongs to, oldest first, without notes. */
    public List<StandardView> versions(String code) {
        StandardCatalog catalog = catalog();
        LocalDate today = LocalDate.now(clock);
        return catalog.versionsOf(code).stream().map(s -> new StandardView(s, catalog.isInForce(s, today), null))
                .toList();
    }

    /** The standard (or key inspection items) applying to the sector on the day, with its notes, if any. */
    public Optional<StandardView> inForce(IndustryCode sector, LocalDate day) {
        return catalog().inForce(sector, day).map(this::detail);
    }

    /** The standard in force today for a sector on a discovery day, without notes (e.g. for a report form). */
    public Optional<DeterminationStandard> standardFor(IndustryCode sector, LocalDate day) {
        return catalog().inForce(sector, day);
    }

    /** The version with whether it is in force today and its notes. */
    public StandardView detail(DeterminationStandard standard) {
        StandardCatalog catalog = catalog();
        boolean inForce = catalog.find(standard.code()).map(s -> catalog.isInForce(s, LocalDate.now(clock)))
                .orElse(false);
        return new StandardView(standard, inForce, notes.of(standard.code()).orElse(null));
    }

    private StandardCatalog catalog() {
        return new StandardCatalog(standards.findAll());
    }
}
