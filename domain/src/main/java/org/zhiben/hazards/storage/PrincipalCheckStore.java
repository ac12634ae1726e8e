package org.zhiben.hazards.storage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.hazards.PrincipalCheck;
import org.zhiben.hazards.PrincipalCheckId;
import org.zhiben.hazards.PrincipalCheckRule;

/** The recorded checks led by enterprises' principals, and the versions of the rule they are held to. */
public interface PrincipalCheckStore {

    /** Stores a new check; returns its stored version. */
    long add(PrincipalCheck check);

    Optional<PrincipalCheck> findById(PrincipalCheckId id);

    /** The enterprise's checks, the latest first. */
    List<PrincipalCheck> findByEnterprise(UUID enterpriseId);

    /** The days of the checks made from {@code from} to {@code to} (both included), by enterprise. */
    Map<UUID, List<LocalDate>> checkDays(Collection<UUID> enterpriseIds, LocalDate from, LocalDate to);

    /** Every version of the rule. */
    List<PrincipalCheckRule> rules();
}
