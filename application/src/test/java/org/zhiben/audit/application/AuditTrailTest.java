package org.zhiben.audit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.audit.AuditChain;
import org.zhiben.audit.AuditCriteria;
import org.zhiben.audit.AuditEntry;
import org.zhiben.audit.AuditPage;
import org.zhiben.audit.ChainAnchor;
import org.zhiben.audit.ChainVerification;
import org.zhiben.audit.ChainVerification.BreakKind;
import org.zhiben.shared.Actor;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.RuleViolationException;

@DisplayName("“谁检查、谁签名、谁负责”: every change is recorded, attributable and tamper-evident")
class AuditTrailTest {

    static final Instant NOW = Instant.parse("2024-04-01T02:00:00Z");
    static final Actor OFFICER = new Actor("li.ming", "DEPARTMENT_OFFICER", "EMB");
    static final Actor ADMIN = new Actor("admin", "COMMITTEE_ADMIN", "ACO");

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    final InMemoryAuditAnchors anchors = new InMemoryAuditAnchors();
    final RecordAudit recordAudit = new RecordAudit(trail, clock);
    final VerifyAuditTrail verify = new VerifyAuditTrail(trail, anchors);
    final AnchorAuditTrail anchor = new AnchorAuditTrail(trail, anchors, clock);

    @Test
    void a_change_is_recorded_with_who_in_which_role_and_unit_when_and_why() {
        recordAudit.record(new RecordAuditCommand(OFFICER, "MajorHazard", "h-1", "WRITE_OFF",
                "整改验收合格", "{\"status\":[\"RECTIFIED\",\"WRITTEN_OFF\"]}"));
        AuditEntry entry = trail.lastEntry().orElseThrow();

        assertThat(entry.sequence()).isEqualTo(1);
        assertThat(entry.at()).isEqualTo(NOW);
        assertThat(entry.username()).isEqualTo("li.ming");
        assertThat(entry.role()).isEqualTo("DEPARTMENT_OFFICER");
        assertThat(entry.unitCode()).isEqualTo("EMB");
        assertThat(entry.reason()).isEqualTo("整改验收合格");
        assertThat(entry.previousHash()).isEqualTo(AuditChain.GENESIS_HASH);
        recordAudit.record(command(ADMIN, "u-1"));
        assertThat(trail.lastEntry().orElseThrow().previousHash()).isEqualTo(entry.hash());
    }

    @Test
    void an_untouched_trail_verifies_and_the_entries_are_read_as_a_stream_that_is_closed() {
        recordSome(4);

        assertThat(verify.verify()).isEqualTo(ChainVerification.intact(4));
        assertThat(trail.openStreams).isZero();
    }

    @Test
    void an_entry_altered_in_storage_is_found() {
        recordSome(4);
        AuditEntry e = trail.rows.get(1);
        trail.rows.set(1, new AuditEntry(e.sequence(), e.at(), "wang.fang", e.role(), e.unitCode(), e.entityType(),
                e.entityId(), e.action(), e.reason(), e.change(), e.previousHash(), e.hash()));

        assertThat(verify.verify()).isEqualTo(ChainVerification.broken(2, 2, BreakKind.HASH_MISMATCH));
    }

    @Test
    void an_anchor_catches_a_trail_rewritten_after_it_was_taken() {
        recordSome(3);
        ChainAnchor taken = anchor.anchor().orElseThrow();
        assertThat(taken.sequence()).isEqualTo(3);
        recordSome(2);

        List<AuditEntry> forged = new ArrayList<>();
        AuditEntry previous = null;
        for (AuditEntry e : trail.rows) {
            String username = e.sequence() == 2 ? "wang.fang" : e.username();
            AuditEntry unsealed = new AuditEntry(e.sequence(), e.at(), username, e.role(), e.unitCode(),
                    e.entityType(), e.entityId(), e.action(), e.reason(), e.change(),
                    previous == null ? AuditChain.GENESIS_HASH : previous.hash(), null);
            previous = new AuditEntry(e.sequence(), e.at(), username, e.role(), e.unitCode(), e.entityType(),
                    e.entityId(), e.action(), e.reason(), e.change(), unsealed.previousHash(),
                    AuditChain.hashOf(unsealed));
            forged.add(previous);
        }
        trail.rows.clear();
        trail.rows.addAll(forged);

        assertThat(verify.verify()).isEqualTo(ChainVerification.broken(3, 3, BreakKind.ANCHOR_MISMATCH));
    }

    @Test
    void entries_removed_from_the_end_after_an_anchor_are_found() {
        recordSome(3);
        anchor.anchor();
        trail.rows.remove(2);

        assertThat(verify.verify()).isEqualTo(ChainVerification.broken(2, 3, BreakKind.TRUNCATED));
    }

    @Test
    void anchoring_twice_without_new_entries_keeps_one_anchor_and_an_empty_trail_gets_none() {
        assertThat(anchor.anchor()).isEmpty();
        recordSome(2);

        ChainAnchor first = anchor.anchor().orElseThrow();

        assertThat(anchor.anchor()).contains(first);
        assertThat(anchors.all()).containsExactly(first);
    }

    @Test
    void a_broken_trail_is_not_anchored() {
        recordSome(3);
        trail.rows.remove(1);

        assertThatThrownBy(anchor::anchor).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.code()).isEqualTo("audit.chain.broken");
            assertThat(e.arguments()).containsExactly(3L, "SEQUENCE_GAP");
        });
        assertThat(anchors.all()).isEmpty();
    }

    @Test
    void the_trail_is_searched_by_who_and_which_entity_newest_first_one_page_at_a_time() {
        recordAudit.record(command(OFFICER, "h-1"));
        recordAudit.record(command(ADMIN, "h-1"));
        recordAudit.record(command(OFFICER, "h-2"));
        recordAudit.record(command(OFFICER, "h-1"));
        SearchAuditTrail search = new SearchAuditTrail(trail);

        AuditPage page = search.search(new SearchAuditTrailQuery(
                new AuditCriteria("li.ming", "MajorHazard", "h-1", null, null), 0, 1));

        assertThat(page.totalEntries()).isEqualTo(2);
        assertThat(page.entries()).extracting(AuditEntry::sequence).containsExactly(4L);
        assertThat(search.search(new SearchAuditTrailQuery(AuditCriteria.all(), 1, 3)).entries())
                .extracting(AuditEntry::sequence).containsExactly(1L);
    }

    @Test
    void a_search_page_holds_one_to_two_hundred_entries() {
        assertThatThrownBy(() -> new SearchAuditTrailQuery(AuditCriteria.all(), 0, 201))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("audit.search.size-invalid"));
        assertThatThrownBy(() -> new SearchAuditTrailQuery(AuditCriteria.all(), -1, 20))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("audit.search.page-invalid"));
    }

    private void recordSome(int count) {
        for (int i = 0; i < count; i++) {
            recordAudit.record(command(OFFICER, "h-" + i));
        }
    }

    private static RecordAuditCommand command(Actor actor, String hazardId) {
        return new RecordAuditCommand(actor, "MajorHazard", hazardId, "UPDATE", null, "{\"deadline\":\"2024-12-20\"}");
    }
}
