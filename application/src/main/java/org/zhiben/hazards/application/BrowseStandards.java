package org.zhiben.hazards.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.DeterminationStandards;
import org.zhiben.hazards.StandardCatalog;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.NotFoundException;

/**
 * Lets supervisors and enterprises read the determination standards (plan task 22: "加强重大事故隐患判定标准宣贯"):
 * every version, one version with its clauses, the chain of versions of a standard, and the one that applies to a
 * sector on a given day.
 */
public class BrowseStandards {

    private final DeterminationStandards standards;

    public BrowseStandards(DeterminationStandards standards) {
        this.standards = standards;
    }

    /** Every version of every standard, by code. */
    public List<DeterminationStandard> list() {
        return standards.findAll().stream().sorted(Comparator.comparing(DeterminationStandard::code)).toList();
    }

    /** One version with its clauses. */
    public DeterminationStandard get(String code) {
        return standards.findByCode(code).orElseThrow(() -> new NotFoundException("determination-standard", code));
    }

    /** The versions of the standard the code belongs to, oldest first. */
    public List<DeterminationStandard> versions(String code) {
        return new StandardCatalog(standards.findAll()).versionsOf(code);
    }

    /** The standard (or key inspection items) applying to the sector on the day, if any. */
    public Optional<DeterminationStandard> inForce(IndustryCode sector, LocalDate date) {
        return new StandardCatalog(standards.findAll()).inForce(sector, date);
    }
}
