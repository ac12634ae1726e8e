package org.zhiben.hazards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.TreeMap;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;

/**
 * All versions of all determination standards and key inspection items, and which of them apply to a sector on a
 * given day.
 * <p>
 * A version is in force on a day when it has come into force by then and no successor has come into force by then.
 * Where a national standard is in force for a sector, it applies rather than a department's key inspection items,
 * which exist for sectors without one (plan task 22: "尚未出台重大事故隐患判定标准的部门…确定本行业领域重点检查事项").
 */
public final class StandardCatalog {

    /** National standards first, then the most recent to come into force, then by code. */
    private static final Comparator<DeterminationStandard> PRECEDENCE = Comparator
            .comparing(DeterminationStandard::kind)
            .thenComparing(DeterminationStandard::effectiveFrom, Comparator.reverseOrder())
            .thenComparing(DeterminationStandard::code);

    private final Map<String, DeterminationStandard> byCode = new TreeMap<>();

    public StandardCatalog(Collection<DeterminationStandard> standards) {
        Require.notNull(standards, "standards");
        standards.forEach(this::add);
    }

    private void add(DeterminationStandard standard) {
        if (byCode.putIfAbsent(standard.code(), standard) != null) {
            throw new RuleViolationException("hazard.standard.duplicate",
                    "a standard with code " + standard.code() + " already exists", standard.code());
        }
    }

    /** Every version, by code. */
    public List<DeterminationStandard> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<DeterminationStandard> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Whether the version was in force on the day: in effect by then, and not yet replaced by a successor. */
    public boolean isInForce(DeterminationStandard standard, LocalDate date) {
        if (!standard.inEffectBy(date)) {
            return false;
        }
        DeterminationStandard successor = standard.supersededBy() == null ? null : byCode.get(standard.supersededBy());
        return successor == null || !successor.inEffectBy(date);
    }

    /**
     * The standards that apply to the sector on the day: the national standards in force for it, or, when there is
     * none, the key inspection items in force for it. Ordered with the most recent first.
     */
    public List<DeterminationStandard> applicableTo(IndustryCode sector, LocalDate date) {
        Require.notNull(sector, "sector");
        Require.notNull(date, "date");
        List<DeterminationStandard> inForce = byCode.values().stream()
                .filter(s -> s.covers(sector) && isInForce(s, date))
                .sorted(PRECEDENCE)
                .toList();
        if (inForce.isEmpty()) {
            return inForce;
        }
        DeterminationStandardKind first = inForce.get(0).kind();
        return inForce.stream().filter(s -> s.kind() == first).toList();
    }

    /**
     * The standard in force for the sector on the day: among those covering it that have come into force and not
     * been superseded by then, a national standard rather than key inspection items.
     */
    public Optional<DeterminationStandard> inForce(IndustryCode sector, LocalDate date) {
        return applicableTo(sector, date).stream().findFirst();
    }

    /**
     * Adds a new version. Its code must be new; the version it supersedes must exist and not have been superseded
     * already, must be of the same kind and cover no sector the new version does not cover (or that sector would be
     * left without a standard in force), and must have come into force before it. The old version stays, marked as superseded, for the hazards
     * judged under it.
     *
     * @return the versions to store: the new one and, if any, the one it supersedes
     */
    public List<DeterminationStandard> importVersion(DeterminationStandard newVersion) {
        Require.notNull(newVersion, "standard");
        if (byCode.containsKey(newVersion.code())) {
            throw new RuleViolationException("hazard.standard.duplicate",
                    "a standard with code " + newVersion.code() + " already exists", newVersion.code());
        }
        if (newVersion.supersededBy() != null) {
            throw new InvalidValueException("supersededBy", "hazard.standard.superseded-on-import",
                    "a version being imported cannot already be superseded", newVersion.code());
        }
        if (newVersion.supersedes() == null) {
            add(newVersion);
            return List.of(newVersion);
        }
        DeterminationStandard predecessor = byCode.get(newVersion.supersedes());
        if (predecessor == null) {
            throw new InvalidValueException("supersedes", "hazard.standard.supersedes-unknown",
                    "the superseded standard " + newVersion.supersedes() + " does not exist",
                    newVersion.supersedes());
        }
        if (predecessor.supersededBy() != null) {
            throw new RuleViolationException("hazard.standard.already-superseded",
                    predecessor.code() + " is already superseded by " + predecessor.supersededBy(),
                    predecessor.code(), predecessor.supersededBy());
        }
        if (predecessor.kind() != newVersion.kind() || !newVersion.sectors().containsAll(predecessor.sectors())) {
            throw new InvalidValueException("supersedes", "hazard.standard.supersedes-other-sector",
                    newVersion.code() + " cannot supersede " + predecessor.code()
                            + ": a successor is of the same kind and covers every sector of the version it replaces",
                    newVersion.code(), predecessor.code());
        }
        requireInOrder(predecessor.effectiveFrom(), newVersion.effectiveFrom(), predecessor.code(),
                newVersion.code());
        add(newVersion);
        predecessor.markSupersededBy(newVersion.code());
        return List.of(newVersion, predecessor);
    }

    /**
     * Sets the day a version that is not yet in force comes into force; it must fall after its predecessor's and
     * before its successor's.
     *
     * @return the version, changed
     */
    public DeterminationStandard putInForce(String code, LocalDate effectiveFrom) {
        Require.notNull(effectiveFrom, "effectiveFrom");
        DeterminationStandard standard = require(code);
        if (standard.effectiveFrom() != null) {
            throw new RuleViolationException("hazard.standard.effective-date.already-set",
                    code + " already has a date of entry into force", code, standard.effectiveFrom().toString());
        }
        if (standard.supersedes() != null) {
            DeterminationStandard predecessor = require(standard.supersedes());
            requireInOrder(predecessor.effectiveFrom(), effectiveFrom, predecessor.code(), code);
        }
        if (standard.supersededBy() != null) {
            DeterminationStandard successor = require(standard.supersededBy());
            requireInOrder(effectiveFrom, successor.effectiveFrom(), code, successor.code());
        }
        standard.comeIntoForceOn(effectiveFrom);
        return standard;
    }

    /** The chain of versions the code belongs to, oldest first. */
    public List<DeterminationStandard> versionsOf(String code) {
        DeterminationStandard oldest = require(code);
        Set<String> visited = new HashSet<>(Set.of(code));
        while (oldest.supersedes() != null && byCode.containsKey(oldest.supersedes())
                && visited.add(oldest.supersedes())) {
            oldest = byCode.get(oldest.supersedes());
        }
        List<DeterminationStandard> chain = new ArrayList<>();
        visited.clear();
        for (DeterminationStandard version = oldest; version != null && visited.add(version.code());
                version = version.supersededBy() == null ? null : byCode.get(version.supersededBy())) {
            chain.add(version);
        }
        return chain;
    }

    private DeterminationStandard require(String code) {
        DeterminationStandard standard = byCode.get(code);
        if (standard == null) {
            throw new NotFoundException("determination-standard", code);
        }
        return standard;
    }

    private static void requireInOrder(LocalDate earlier, LocalDate later, String earlierCode, String laterCode) {
        if (earlier != null && later != null && !later.isAfter(earlier)) {
            throw new RuleViolationException("hazard.standard.effective-date.out-of-order",
                    laterCode + " must come into force after " + earlierCode, laterCode, earlierCode);
        }
    }
}
