package org.zhiben.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.IllegalTransactionStateException;
import org.zhiben.identity.Role;
import org.zhiben.identity.RoleAssignment;
import org.zhiben.identity.storage.UserAccounts;
import org.zhiben.identity.Username;
import org.zhiben.platform.testing.TestCallers;
import org.zhiben.platform.tx.Transactions;
import org.zhiben.shared.Actor;
import org.zhiben.shared.UnitCode;

@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Transactions transactions;

    @Autowired
    AuditRecorder audit;

    @Autowired
    UserAccounts accounts;

    @Test
    void administering_a_user_through_the_api_leaves_chained_entries_without_any_password() {
        String username = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        var created = mvc.post().uri("/api/v1/identity/users").with(TestCallers.as("admin-a",
                        RoleAssignment.ofUnit(UnitCode.of("ACO"), Role.COMMITTEE_ADMIN)))
                .contentType("application/json").content("""
                        {"username":"%s","displayName":"张三","roles":["COUNTY_OFFICER"],"unit":"EMB",
                         "jurisdiction":"653022"}""".formatted(username)).exchange();
        assertThat(created).hasStatus(201);
        String oneTimePassword = (String) json(created.getResponse()).get("oneTimePassword");
        String userId = (String) json(created.getResponse()).get("userId");

        assertThat(mvc.post().uri("/api/v1/identity/users/" + userId + "/password-reset")
                .with(TestCallers.as("admin-a", RoleAssignment.ofUnit(UnitCode.of("ACO"), Role.COMMITTEE_ADMIN))))
                .hasStatusOk();
        assertThat(mvc.post().uri("/api/v1/identity/users/" + userId + "/disable")
                .with(TestCallers.as("admin-a", RoleAssignment.ofUnit(UnitCode.of("ACO"), Role.COMMITTEE_ADMIN))))
                .hasStatusOk();

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT sequence, username, action, change, hash, "
                + "previous_hash FROM audit.entry WHERE entity_type = 'user' AND entity_id = ? ORDER BY sequence",
                userId);
        assertThat(rows).extracting(r -> r.get("action"))
                .containsExactly("user.created", "user.password-reset", "user.disabled");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("username")).isEqualTo("admin-a");
            assertThat(String.valueOf(r.get("change"))).doesNotContain(oneTimePassword, "张三", "{bcrypt}");
        });
        String hashStored = accounts.findByUsername(Username.of(username)).orElseThrow().passwordHash();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE change LIKE ? OR reason LIKE ?",
                Long.class, "%" + hashStored + "%", "%" + hashStored + "%")).isZero();
        long first = ((Number) rows.get(0).get("sequence")).longValue();
        Map<String, Object> predecessor = jdbc.queryForMap("SELECT hash FROM audit.entry WHERE sequence = ?",
                first - 1);
        assertThat(rows.get(0).get("previous_hash")).isEqualTo(predecessor.get("hash"));

        assertThat(mvc.get().uri("/api/v1/audit/entries").param("entityType", "user").param("entityId", userId)
                .with(TestCallers.auditor())).hasStatusOk()
                .bodyJson().extractingPath("$.totalItems").isEqualTo(3);
        assertThat(mvc.get().uri("/api/v1/audit/verification").with(TestCallers.auditor())).hasStatusOk()
                .bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    @Test
    void a_row_altered_in_the_database_is_reported_as_a_hash_mismatch_at_its_sequence() {
        long sequence = appendSome(3).get(1);
        String reason = jdbc.queryForObject("SELECT reason FROM audit.entry WHERE sequence = ?", String.class,
                sequence);
        try {
            asAttacker("UPDATE audit.entry SET reason = 'nothing happened' WHERE sequence = " + sequence);

            assertThat(mvc.get().uri("/api/v1/audit/verification").with(TestCallers.auditor())).hasStatusOk()
                    .bodyJson().satisfies(json -> {
                        assertThat(json).extractingPath("$.intact").isEqualTo(false);
                        assertThat(json).extractingPath("$.breakKind").isEqualTo("HASH_MISMATCH");
                        assertThat(json).extractingPath("$.firstBrokenSequence").isEqualTo((int) sequence);
                    });
        } finally {
            asAttacker("UPDATE audit.entry SET reason = '" + reason + "' WHERE sequence = " + sequence);
        }
        assertThat(mvc.get().uri("/api/v1/audit/verification").with(TestCallers.auditor()))
                .bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    @Test
    void a_row_deleted_from_the_database_is_reported_as_a_sequence_gap() {
        long sequence = appendSome(3).get(1);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit.entry WHERE sequence = ?", sequence);
        try {
            asAttacker("DELETE FROM audit.entry WHERE sequence = " + sequence);

            assertThat(mvc.get().uri("/api/v1/audit/verification").with(TestCallers.auditor()))
                    .bodyJson().satisfies(json -> {
                        assertThat(json).extractingPath("$.breakKind").isEqualTo("SEQUENCE_GAP");
                        assertThat(json).extractingPath("$.firstBrokenSequence").isEqualTo((int) sequence + 1);
                    });
        } finally {
            jdbc.update("INSERT INTO audit.entry (sequence, at, username, role, unit_code, entity_type, entity_id, "
                            + "action, reason, change, previous_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    row.get("sequence"), row.get("at"), row.get("username"), row.get("role"), row.get("unit_code"),
                    row.get("entity_type"), row.get("entity_id"), row.get("action"), row.get("reason"),
                    row.get("change"), row.get("previous_hash"), row.get("hash"));
        }
        assertThat(mvc.get().uri("/api/v1/audit/verification").with(TestCallers.auditor()))
                .bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    @Test
    void the_database_refuses_to_update_or_delete_audit_rows() {
        long sequence = appendSome(1).get(0);

        assertThatThrownBy(() -> jdbc.update("UPDATE audit.entry SET reason = 'x' WHERE sequence = ?", sequence))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit.entry WHERE sequence = ?", sequence))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit.entry")).rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void concurrent_writers_never_fork_the_chain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Long>> writers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String id = "concurrent-" + i;
            writers.add(() -> {
                transactions.write(() -> audit.record(Actor.SYSTEM, "test", id, "test.written", null, null));
                return sequenceOf(id);
            });
        }
        List<Long> sequences = new ArrayList<>();
        for (Future<Long> written : pool.invokeAll(writers)) {
            sequences.add(written.get());
        }
        pool.shutdown();

        assertThat(sequences).doesNotHaveDuplicates().hasSize(30);
        assertThat(mvc.get().uri("/api/v1/audit/verification").with(TestCallers.auditor()))
                .bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    @Test
    void recording_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> audit.record(Actor.SYSTEM, "test", "x", "test.written", null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anchoring_checkpoints_the_last_entry() {
        long last = appendSome(1).get(0);

        assertThat(mvc.post().uri("/api/v1/audit/anchors").with(TestCallers.auditor())).hasStatusOk()
                .bodyJson().extractingPath("$.sequence").asNumber().satisfies(
                        s -> assertThat(s.longValue()).isGreaterThanOrEqualTo(last));
    }

    private List<Long> appendSome(int count) {
        List<Long> sequences = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            transactions.write(() -> audit.record(new Actor("tester", "AUDITOR", "ACO"), "test", id,
                    "test.written", "written by a test", "value=" + id));
            sequences.add(sequenceOf(id));
        }
        return sequences;
    }

    @Test
    void a_transaction_still_open_holds_up_no_other_writer_and_its_entry_follows_theirs() throws Exception {
        String slow = "slow-" + UUID.randomUUID();
        String quick = "quick-" + UUID.randomUUID();
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> open = pool.submit(() -> transactions.write(() -> {
            audit.record(Actor.SYSTEM, "test", slow, "test.written", null, null);
            recorded.countDown();
            await(release);
        }));
        try {
            assertThat(recorded.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> other = Executors.newSingleThreadExecutor().submit(() -> transactions.write(() ->
                    audit.record(Actor.SYSTEM, "test", quick, "test.written", null, null)));
            other.get(20, TimeUnit.SECONDS); // with a lock held until commit this would wait for the open transaction
            assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE entity_id = ?", Long.class, slow))
                    .as("the open transaction's entry is not sealed before it commits").isZero();
        } finally {
            release.countDown();
        }
        open.get(30, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(sequenceOf(slow)).isGreaterThan(sequenceOf(quick));
        assertThat(mvc.get().uri("/api/v1/audit/verification").with(TestCallers.auditor()))
                .bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    @Test
    void a_transaction_that_rolls_back_appends_nothing() {
        String id = "rolled-back-" + UUID.randomUUID();
        assertThatThrownBy(() -> transactions.write(() -> {
            audit.record(Actor.SYSTEM, "test", id, "test.written", null, null);
            throw new IllegalStateException("the change fails after its entry was recorded");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE entity_id = ?", Long.class, id))
                .isZero();
    }

    private long sequenceOf(String entityId) {
        return jdbc.queryForObject("SELECT sequence FROM audit.entry WHERE entity_id = ?", Long.class, entityId);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Someone with database access who bypasses the append-only triggers. */
    private void asAttacker(String statement) {
        transactions.write(() -> {
            jdbc.execute("SET LOCAL session_replication_role = replica");
            jdbc.execute(statement);
        });
    }

    private static Map<?, ?> json(org.springframework.mock.web.MockHttpServletResponse response) {
        try {
            return tools.jackson.databind.json.JsonMapper.builder().build()
                    .readValue(response.getContentAsString(), Map.class);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
