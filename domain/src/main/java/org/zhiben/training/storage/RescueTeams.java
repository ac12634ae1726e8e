package org.zhiben.training.storage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.zhiben.shared.DataScope;
import org.zhiben.training.RescueTeam;

/** Where the enterprises' rescue teams are kept (the module's write port). */
public interface RescueTeams {

    /** Stores a new team; returns its stored version. */
    long add(RescueTeam team);

    /**
     * Stores a changed team if it is still at {@code expectedVersion}; returns the new version.
     *
     * @throws org.zhiben.shared.StaleVersionException when it was changed meanwhile
     */
    long update(RescueTeam team, long expectedVersion);

    Optional<RescueTeam> findById(UUID id);

    Optional<RescueTeam> findByEnterprise(UUID enterpriseId);

    /** The teams inside the scope, the latest registered or revised first. */
    List<RescueTeam> search(DataScope scope);

    /** Of the given enterprises, those that have a team. */
    Set<UUID> withTeam(Collection<UUID> enterpriseIds);
}
