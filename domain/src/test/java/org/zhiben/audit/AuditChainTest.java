package org.zhiben.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.audit.ChainVerification.BreakKind;
import org.zhiben.shared.Actor;

@DisplayName("“执法全过程记录”: the audit trail is a hash chain that reveals tampering")
class AuditChainTest {

    static final Instant T0 = Instant.parse("2024-04-01T02:00:00Z");
    static final Actor OFFICER = new Actor("li.ming", "DEPARTMENT_OFFICER", "EMB");

    @Test
    void an_intact_chain_verifies() {
        List<AuditEntry> chain = chainOf(5);

        assertThat(AuditChain.verify(chain)).isEqualTo(ChainVerification.intact(5));
    }

    @Test
    void entries_are_numbered_from_one_without_gaps_and_the_first_links_to_sixty_four_zeros() {
        List<AuditEntry> chain = chainOf(3);

        assertThat(chain).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(chain.get(0).previousHash()).isEqualTo("0".repeat(64));
        assertThat(chain.get(1).previousHash()).isEqualTo(chain.get(0).hash());
        assertThat(chain.get(2).hash()).matches("[0-9a-f]{64}");
    }

    @Test
    void an_entry_keeps_its_instant_to_the_millisecond_so_that_any_store_gives_it_back_unchanged() {
        AuditEntry entry = chainOf(1).get(0);

        assertThat(entry.at()).isEqualTo(T0.plusMillis(123));
    }

    @Test
    void the_hash_follows_the_published_serialisation_so_that_anyone_can_recompute_it() {
        AuditEntry entry = new AuditEntry(1, Instant.parse("2024-04-01T02:00:00.123Z"), "li.ming",
                "DEPARTMENT_OFFICER", "EMB", "MajorHazard", "3f1c0a52-9c4e-4d6b-8a77-2b1f6f0c9d10", "WRITE_OFF", null,
                "{\"status\":[\"RECTIFIED\",\"WRITTEN_OFF\"]}", AuditChain.GENESIS_HASH, null);

        assertThat(AuditChain.hashOf(entry))
                .isEqualTo("284fb8177c965e70a1373a7334dd57a09f746c75cfa29bb403f77d995f59263c");
    }

    @Test
    void altering_any_field_of_an_entry_is_detected_at_that_entry() {
        Map<String, UnaryOperator<AuditEntry>> alterations = Map.ofEntries(
                Map.entry("at", e -> copy(e, e.sequence(), e.at().plusSeconds(1), e.username(), e.reason(),
                        e.change(), e.previousHash(), e.hash())),
                Map.entry("username", e -> copy(e, e.sequence(), e.at(), "wang.fang", e.reason(), e.change(),
                        e.previousHash(), e.hash())),
                Map.entry("role", e -> new AuditEntry(e.sequence(), e.at(), e.username(), "COMMITTEE_ADMIN",
                        e.unitCode(), e.entityType(), e.entityId(), e.action(), e.reason(), e.change(),
                        e.previousHash(), e.hash())),
                Map.entry("unitCode", e -> new AuditEntry(e.sequence(), e.at(), e.username(), e.role(), "ACO",
                        e.entityType(), e.entityId(), e.action(), e.reason(), e.change(), e.previousHash(),
                        e.hash())),
                Map.entry("entityType", e -> new AuditEntry(e.sequence(), e.at(), e.username(), e.role(),
                        e.unitCode(), "Enterprise", e.entityId(), e.action(), e.reason(), e.change(),
                        e.previousHash(), e.hash())),
                Map.entry("entityId", e -> new AuditEntry(e.sequence(), e.at(), e.username(), e.role(),
                        e.unitCode(), e.entityType(), "other", e.action(), e.reason(), e.change(),
                        e.previousHash(), e.hash())),
                Map.entry("action", e -> new AuditEntry(e.sequence(), e.at(), e.username(), e.role(),
                        e.unitCode(), e.entityType(), e.entityId(), "DELETE", e.reason(), e.change(),
                        e.previousHash(), e.hash())),
                Map.entry("reason", e -> copy(e, e.sequence(), e.at(), e.username(), null, e.change(),
                        e.previousHash(), e.hash())),
                Map.entry("change", e -> copy(e, e.sequence(), e.at(), e.username(), e.reason(),
                        "{\"status\":[\"REPORTED\",\"WRITTEN_OFF\"]}", e.previousHash(), e.hash())),
                Map.entry("previousHash", e -> copy(e, e.sequence(), e.at(), e.username(), e.reason(),
                        e.change(), "e".repeat(64), e.hash())),
                Map.entry("hash", e -> copy(e, e.sequence(), e.at(), e.username(), e.reason(), e.change(),
                        e.previousHash(), "f".repeat(64))));

        alterations.forEach((field, alteration) -> {
            List<AuditEntry> chain = new ArrayList<>(chainOf(5));
            chain.set(2, alteration.apply(chain.get(2)));

            assertThat(AuditChain.verify(chain)).as(field)
                    .isEqualTo(ChainVerification.broken(3, 3, BreakKind.HASH_MISMATCH));
        });
    }

    @Test
    void moving_characters_from_one_field_to_the_next_changes_the_hash() {
        AuditEntry entry = chainOf(1).get(0);
        AuditEntry shifted = new AuditEntry(entry.sequence(), entry.at(), entry.username(), entry.role(),
                entry.unitCode(), entry.entityType() + entry.entityId().charAt(0), entry.entityId().substring(1),
                entry.action(), entry.reason(), entry.change(), entry.previousHash(), entry.hash());
        AuditEntry emptyInsteadOfMissing = copy(entry, entry.sequence(), entry.at(), entry.username(), "",
                entry.change(), entry.previousHash(), entry.hash());

        assertThat(AuditChain.hashOf(shifted)).isNotEqualTo(entry.hash());
        assertThat(AuditChain.hashOf(copy(entry, 1, entry.at(), entry.username(), null, entry.change(),
                entry.previousHash(), entry.hash()))).isNotEqualTo(AuditChain.hashOf(emptyInsteadOfMissing));
    }

    @Test
    void deleting_an_entry_is_detected_as_a_sequence_gap_at_the_next_one() {
        List<AuditEntry> chain = new ArrayList<>(chainOf(5));
        chain.remove(2);

        assertThat(AuditChain.verify(chain)).isEqualTo(ChainVerification.broken(3, 4, BreakKind.SEQUENCE_GAP));
    }

    @Test
    void reordering_entries_is_detected_whether_or_not_they_were_renumbered() {
        List<AuditEntry> chain = chainOf(5);
        List<AuditEntry> outOfOrder = List.of(chain.get(0), chain.get(1), chain.get(3), chain.get(2), chain.get(4));
        AuditEntry third = chain.get(2);
        AuditEntry fourth = chain.get(3);
        List<AuditEntry> renumbered = List.of(chain.get(0), chain.get(1),
                copy(fourth, 3, fourth.at(), fourth.username(), fourth.reason(), fourth.change(),
                        fourth.previousHash(), fourth.hash()),
                copy(third, 4, third.at(), third.username(), third.reason(), third.change(), third.previousHash(),
                        third.hash()),
                chain.get(4));

        assertThat(AuditChain.verify(outOfOrder)).isEqualTo(ChainVerification.broken(3, 4, BreakKind.SEQUENCE_GAP));
        assertThat(AuditChain.verify(renumbered)).isEqualTo(ChainVerification.broken(3, 3, BreakKind.HASH_MISMATCH));
    }

    @Test
    void an_altered_entry_whose_own_hash_was_recomputed_breaks_the_link_to_the_next_one() {
        List<AuditEntry> chain = new ArrayList<>(chainOf(5));
        chain.set(2, rehashed(withUsername(chain.get(2), "wang.fang")));

        assertThat(AuditChain.verify(chain)).isEqualTo(ChainVerification.broken(4, 4, BreakKind.LINK_MISMATCH));
    }

    @Test
    void a_trail_rewritten_from_the_altered_entry_to_the_end_escapes_the_chain_but_not_an_anchor() {
        List<AuditEntry> chain = chainOf(6);
        List<ChainAnchor> anchors = List.of(AuditChain.anchor(chain.get(1), T0.plusSeconds(60)),
                AuditChain.anchor(chain.get(4), T0.plusSeconds(3600)));
        List<AuditEntry> rewritten = rewriteFrom(chain, 2, withUsername(chain.get(2), "wang.fang"));

        // Without an anchor a full recomputation is indistinguishable from an honest chain.
        assertThat(AuditChain.verify(rewritten)).isEqualTo(ChainVerification.intact(6));
        // The anchor kept apart still holds the hash entry 5 had: the rewrite shows there.
        assertThat(AuditChain.verify(rewritten.iterator(), anchors))
                .isEqualTo(ChainVerification.broken(5, 5, BreakKind.ANCHOR_MISMATCH));
        assertThat(AuditChain.verify(chain.iterator(), anchors)).isEqualTo(ChainVerification.intact(6));
    }

    @Test
    void entries_cut_off_the_end_are_revealed_by_an_anchor_beyond_the_last_entry() {
        List<AuditEntry> chain = chainOf(5);
        List<ChainAnchor> anchors = List.of(AuditChain.anchor(chain.get(4), T0.plusSeconds(3600)));

        assertThat(AuditChain.verify(chain.subList(0, 3))).isEqualTo(ChainVerification.intact(3));
        assertThat(AuditChain.verify(chain.subList(0, 3).iterator(), anchors))
                .isEqualTo(ChainVerification.broken(3, 4, BreakKind.TRUNCATED));
    }

    @Test
    void a_long_trail_is_verified_one_entry_at_a_time_without_being_held_in_memory() {
        Iterator<AuditEntry> generated = new Iterator<>() {
            AuditEntry last;

            @Override
            public boolean hasNext() {
                return last == null || last.sequence() < 20_000;
            }

            @Override
            public AuditEntry next() {
                last = AuditChain.append(last, draft(last == null ? 0 : last.sequence()));
                return last;
            }
        };

        assertThat(AuditChain.verify(generated, List.of())).isEqualTo(ChainVerification.intact(20_000));
    }

    @Test
    void an_empty_trail_is_intact_unless_an_anchor_says_it_had_entries() {
        assertThat(AuditChain.verify(List.of())).isEqualTo(ChainVerification.intact(0));
        assertThat(AuditChain.verify(List.<AuditEntry>of().iterator(),
                List.of(new ChainAnchor(1, "a".repeat(64), T0))))
                .isEqualTo(ChainVerification.broken(0, 1, BreakKind.TRUNCATED));
    }

    @Test
    void a_tampered_row_with_missing_fields_is_reported_not_choked_on() {
        List<AuditEntry> chain = new ArrayList<>(chainOf(3));
        AuditEntry e = chain.get(1);
        chain.set(1, new AuditEntry(2, null, null, null, null, null, null, null, null, null, null, e.hash()));

        assertThat(AuditChain.verify(chain)).isEqualTo(ChainVerification.broken(2, 2, BreakKind.HASH_MISMATCH));
    }

    static AuditDraft draft(long i) {
        return new AuditDraft(T0.plusSeconds(i).plusNanos(123_456_789), OFFICER, "MajorHazard", "hazard-" + i,
                "UPDATE", i % 2 == 0 ? "整改完成" : null, "{\"n\":" + i + "}");
    }

    static List<AuditEntry> chainOf(int size) {
        List<AuditEntry> chain = new ArrayList<>();
        AuditEntry last = null;
        for (int i = 0; i < size; i++) {
            last = AuditChain.append(last, draft(i));
            chain.add(last);
        }
        return chain;
    }

    /** Replaces entry {@code index} and recomputes every hash and link from there to the end, as a forger would. */
    static List<AuditEntry> rewriteFrom(List<AuditEntry> chain, int index, AuditEntry altered) {
        List<AuditEntry> rewritten = new ArrayList<>(chain.subList(0, index));
        AuditEntry previous = rewritten.get(index - 1);
        for (int i = index; i < chain.size(); i++) {
            AuditEntry e = i == index ? altered : chain.get(i);
            previous = rehashed(copy(e, e.sequence(), e.at(), e.username(), e.reason(), e.change(), previous.hash(),
                    null));
            rewritten.add(previous);
        }
        return rewritten;
    }

    static AuditEntry rehashed(AuditEntry e) {
        return copy(e, e.sequence(), e.at(), e.username(), e.reason(), e.change(), e.previousHash(),
                AuditChain.hashOf(e));
    }

    static AuditEntry withUsername(AuditEntry e, String username) {
        return copy(e, e.sequence(), e.at(), username, e.reason(), e.change(), e.previousHash(), e.hash());
    }

    static AuditEntry copy(AuditEntry e, long sequence, Instant at, String username, String reason, String change,
                           String previousHash, String hash) {
        return new AuditEntry(sequence, at, username, e.role(), e.unitCode(), e.entityType(), e.entityId(),
                e.action(), reason, change, previousHash, hash);
    }
}
