package org.zhiben.training.storage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.shared.DataScope;
import org.zhiben.training.Drill;
import org.zhiben.training.DrillRule;

/** Where the enterprises' drills and the versions of the drill rule are kept (the module's write port). */
public interface Drills {

    void add(Drill drill);

    Optional<Drill> findById(UUID id);

    /** One page of the drills inside the scope (of one enterprise when given), the latest held first. */
    List<Drill> search(DataScope scope, UUID enterpriseId, int offset, int limit);

    long count(DataScope scope, UUID enterpriseId);

    /** The days of the drills held from {@code from} to {@code to} (both included), by enterprise. */
    Map<UUID, List<LocalDate>> drillDays(Collection<UUID> enterpriseIds, LocalDate from, LocalDate to);

    /** Every version of the drill rule. */
    List<DrillRule> rules();
}
