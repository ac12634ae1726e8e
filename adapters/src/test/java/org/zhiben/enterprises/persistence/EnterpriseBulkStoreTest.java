package org.zhiben.enterprises.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.EnterpriseProfile;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.FocusAttributes;
import org.zhiben.enterprises.HospitalGrade;
import org.zhiben.enterprises.Person;
import org.zhiben.enterprises.StandardisationGrade;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.enterprises.storage.EnterpriseStore;
import org.zhiben.enterprises.web.TestCreditCodes;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.StaleVersionException;

/** The bulk writes of the enterprise register (COPY for new rows, versioned batch updates) on the real PostgreSQL. */
@SpringBootTest
class EnterpriseBulkStoreTest {

    @Autowired
    EnterpriseStore store;

    @Autowired
    PlatformTransactionManager transactionManager;

    private static EnterpriseProfile profile(String name, EnterpriseStatus status) {
        return new EnterpriseProfile(name, JurisdictionCode.of("653001"), IndustryCode.of("HAZARDOUS_CHEMICALS"), true,
                "阿图什市幸福路8号\\二楼", new Person("王建国", "13899123456", "wang@example.cn"),
                new Person("李明", "0908-4221234", null), StandardisationGrade.LEVEL_2, status,
                new FocusAttributes(HospitalGrade.LEVEL_3, true, false, new Person("赵消防", "13912345678")));
    }

    @Test
    void new_enterprises_are_stored_as_given_at_version_0_and_a_change_raises_the_version() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(TestCreditCodes.random());
        Enterprise created = Enterprise.register(EnterpriseId.newId(), code, profile("克州化工有限公司", EnterpriseStatus.OPERATING));
        TransactionTemplate tx = new TransactionTemplate(transactionManager);

        tx.executeWithoutResult(status -> store.saveAll(List.of(created), List.of()));

        Enterprise stored = tx.execute(status -> store.findByCreditCodes(List.of(code)).get(code));
        assertThat(stored.id()).isEqualTo(created.id());
        assertThat(stored.profile()).isEqualTo(created.profile());
        assertThat(stored.version()).isZero();

        Enterprise suspended = tx.execute(status -> store.findByCreditCodes(List.of(code)).get(code));
        assertThat(suspended.revise(profile("克州化工有限公司", EnterpriseStatus.SUSPENDED))).isTrue();
        tx.executeWithoutResult(status -> store.saveAll(List.of(), List.of(suspended)));

        Map<UnifiedSocialCreditCode, Enterprise> after = tx.execute(status -> store.findByCreditCodes(List.of(code)));
        assertThat(after.get(code).status()).isEqualTo(EnterpriseStatus.SUSPENDED);
        assertThat(after.get(code).version()).isEqualTo(1);
    }

    @Test
    void a_change_of_an_enterprise_changed_meanwhile_is_refused_and_stores_nothing() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(TestCreditCodes.random());
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.executeWithoutResult(status -> store.saveAll(List.of(Enterprise.register(EnterpriseId.newId(), code,
                profile("阿克陶县建材店", EnterpriseStatus.OPERATING))), List.of()));
        Enterprise first = tx.execute(status -> store.findByCreditCodes(List.of(code)).get(code));
        Enterprise second = tx.execute(status -> store.findByCreditCodes(List.of(code)).get(code));
        first.revise(profile("阿克陶县建材店", EnterpriseStatus.SUSPENDED));
        tx.executeWithoutResult(status -> store.saveAll(List.of(), List.of(first)));

        second.revise(profile("阿克陶县建材有限公司", EnterpriseStatus.OPERATING));
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> store.saveAll(List.of(), List.of(second))))
                .isInstanceOf(StaleVersionException.class);

        Enterprise stored = tx.execute(status -> store.findByCreditCodes(List.of(code)).get(code));
        assertThat(stored.name()).isEqualTo("阿克陶县建材店");
        assertThat(stored.version()).isEqualTo(1);
    }
}
