package org.zhiben.identity.persistence;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccountJpaEntity, UUID> {
    Optional<UserAccountJpaEntity> findByUsername(String username);

    boolean existsByUsername(String username);
}

interface ApiClientRepository extends JpaRepository<ApiClientJpaEntity, String> {
}
