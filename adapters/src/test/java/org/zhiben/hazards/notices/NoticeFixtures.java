package org.zhiben.hazards.notices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.enterprises.web.TestCreditCodes;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardFinding;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.application.RegisterHazard;
import org.zhiben.hazards.application.RegisterHazardCommand;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.shared.Actor;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/** Enterprises and reported hazards for the listener tests, stored through the application's own ports. */
public final class NoticeFixtures {

    static final JurisdictionCode AKTO = JurisdictionCode.of("653022");
    static final IndustryCode FIREWORKS = IndustryCode.of("FIREWORKS");

    private final EnterpriseStore enterprises;
    private final RegisterHazard register;
    private final Transactions transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public NoticeFixtures(EnterpriseStore enterprises, RegisterHazard register, Transactions transactions, JdbcTemplate jdbc,
            Clock clock) {
        this.enterprises = enterprises;
        this.register = register;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new enterprise whose principal and actual controller have these addresses (null: none). */
    public UUID enterprise(String principalEmail, String controllerEmail) {
        Enterprise enterprise = Enterprise.register(EnterpriseId.newId(),
                UnifiedSocialCreditCode.of(TestCreditCodes.random()),
                new EnterpriseProfile("通知测试企业" + UUID.randomUUID().toString().substring(0, 8), AKTO, FIREWORKS,
                        true, "阿克陶县测试路 3 号", new Person("王五", "13800000000", principalEmail),
                        new Person("赵六", "13900000000", controllerEmail), StandardisationGrade.NONE,
                        EnterpriseStatus.OPERATING));
        return transactions.write(() -> enterprises.save(enterprise)).id().value();
    }

    /** A hazard of the enterprise, reported and not yet determined (its registration notifies nobody). */
    public HazardId reported(UUID enterprise) {
        HazardFinding finding = new HazardFinding(enterprise, AKTO, FIREWORKS, "成品仓库", "仓库实际存药量超过核定药量",
                LocalDate.now(clock).minusDays(1), "检查组", DiscoveryChannel.SUPERVISORY_INSPECTION,
                "JC-" + UUID.randomUUID(), List.of());
        return transactions.write(() -> register.execute(new RegisterHazardCommand(finding, null, Actor.SYSTEM)));
    }

    /** The inbox rows of the enterprise, as "ROLE:KIND:eventId". */
    public List<String> inbox(UUID enterprise) {
        return jdbc.queryForList("select recipient_role || ':' || kind || ':' || event_id from hazards.notification "
                + "where enterprise_id = ? order by recipient_role", String.class, enterprise);
    }

    /** How many publications of the event to a listener of this class are not completed yet. */
    int incompletePublications(UUID eventId, Class<?> listener) {
        return count("completion_date is null", eventId, listener);
    }

    /** How many publications of the event the registry holds for a listener of this class. */
    int publications(UUID eventId, Class<?> listener) {
        return count("true", eventId, listener);
    }

    private int count(String condition, UUID eventId, Class<?> listener) {
        Integer count = jdbc.queryForObject("select count(*) from event_publication where " + condition
                + " and listener_id like ? and serialized_event like ?", Integer.class,
                listener.getName() + "%", "%" + eventId + "%");
        return count == null ? 0 : count;
    }
}
