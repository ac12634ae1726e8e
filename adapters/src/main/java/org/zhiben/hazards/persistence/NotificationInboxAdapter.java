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
 * that the enterprise's users read in the application. Nothing personal is stored here or logged: the inbox addresses
 * the recipient by role and enterprise. Every notice lands here; {@code org.zhiben.hazards.mail} additionally e-mails
 * it when mail is enabled (the bean named {@value #BEAN_NAME} is the inbox alone).
 */
@Component(NotificationInboxAdapter.BEAN_NAME)
class NotificationInboxAdapter implements HazardNotifications, HazardInbox {

    /** The name of the inbox bean, for the notifications that add channels to it. */
    public static final String BEAN_NAME = "hazardNotificationInbox";

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
