package org.zhiben.hazards.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.EnterpriseContactRole;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardNotificationKind;
import org.zhiben.hazards.HazardNotifications;
import org.zhiben.hazards.storage.HazardInbox;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notices to an enterprise's principal and actual controller, kept in an in-app inbox ({@code hazards.notification})
 * that the enterprise's users read in the application. The enterprise register holds names and phone numbers, no
 * e-mail address, so no notice is sent by e-mail; nothing personal is stored here or logged: the inbox addresses the
 * recipient by role and enterprise.
 */
@Component
class NotificationInboxAdapter implements HazardNotifications, HazardInbox {

    private static final TypeReference<TreeMap<String, String>> PARAMS = new TypeReference<>() { };

    private final NotificationRepository repository;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    NotificationInboxAdapter(NotificationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void notify(EnterpriseContactRole role, UUID enterpriseId, HazardId hazardId, HazardNotificationKind kind,
            Map<String, String> params) {
        repository.save(new NotificationJpaEntity(UUID.randomUUID(), role.name(), enterpriseId, hazardId.value(),
                kind.name(), json.writeValueAsString(new TreeMap<>(params)), clock.instant(), null));
    }

    @Override
    public List<Notice> forEnterprise(UUID enterpriseId) {
        return repository.findByEnterpriseIdOrderByCreatedAtDescIdAsc(enterpriseId).stream()
                .map(n -> new Notice(n.getId(), EnterpriseContactRole.valueOf(n.getRecipientRole()),
                        n.getEnterpriseId(), n.getHazardId(), HazardNotificationKind.valueOf(n.getKind()),
                        json.readValue(n.getParams(), PARAMS), n.getCreatedAt(), n.getReadAt()))
                .toList();
    }
}
