package org.zhiben.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.zhiben.audit.ChainVerification.BreakKind;

/**
 * The hash chain that makes the audit trail tamper-evident.
 *
 * <p>Each entry's hash is the SHA-256 (lower-case hex) of a canonical serialisation of, in this order: a format tag
 * {@value #FORMAT}, sequence, at (ISO-8601 UTC, e.g. {@code 2024-04-01T02:00:00.123Z}), username, role, unit code,
 * entity type, entity id, action, reason, change and previous hash. Every field is written as its UTF-8 byte length
 * in decimal, a colon, and its UTF-8 bytes; a missing (null) field is written as {@code -1:}. Because of the length
 * prefixes no two different entries serialise alike — moving characters from one field to the next changes the hash.
 * The first entry's previous hash is {@link #GENESIS_HASH} (64 zeros).
 *
 * <p>The chain alone reveals an altered row (its hash), a removed row (a gap in the sequence) and rows out of order,
 * but not a rewrite that recomputes every hash from the altered row to the end: that needs {@link ChainAnchor}s kept
 * apart from the trail, which {@link #verify(Iterator, Collection)} checks.
 */
public final class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS_HASH = "0".repeat(64);

    /** Tag of this serialisation format, hashed with every entry. */
    public static final String FORMAT = "zhiben-audit-v1";

    private AuditChain() {
    }

    /**
     * Seals a draft as the entry after {@code previous} (or as the first entry when {@code previous} is null). The
     * instant is kept to the millisecond, so that it survives any storage unchanged.
     */
    public static AuditEntry append(AuditEntry previous, AuditDraft draft) {
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        String previousHash = previous == null ? GENESIS_HASH : previous.hash();
        Instant at = draft.at().truncatedTo(ChronoUnit.MILLIS);
        AuditEntry unsealed = new AuditEntry(sequence, at, draft.actor().username(), draft.actor().role(),
                draft.actor().unitCode(), draft.entityType(), draft.entityId(), draft.action(), draft.reason(),
                draft.change(), previousHash, null);
        String hash = hashOf(unsealed);
        return new AuditEntry(sequence, at, unsealed.username(), unsealed.role(), unsealed.unitCode(),
                unsealed.entityType(), unsealed.entityId(), unsealed.action(), unsealed.reason(), unsealed.change(),
                previousHash, hash);
    }

    /** The hash an entry ought to have, computed from all its fields but its own hash. */
    public static String hashOf(AuditEntry entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        write(out, FORMAT);
        write(out, Long.toString(entry.sequence()));
        write(out, entry.at() == null ? null : DateTimeFormatter.ISO_INSTANT.format(entry.at()));
        write(out, entry.username());
        write(out, entry.role());
        write(out, entry.unitCode());
        write(out, entry.entityType());
        write(out, entry.entityId());
        write(out, entry.action());
        write(out, entry.reason());
        write(out, entry.change());
        write(out, entry.previousHash());
        return HexFormat.of().formatHex(sha256().digest(out.toByteArray()));
    }

    /** Takes a checkpoint of the chain at this entry. */
    public static ChainAnchor anchor(AuditEntry entry, Instant at) {
        return new ChainAnchor(entry.sequence(), entry.hash(), at);
    }

    /** Verifies a whole trail, read in sequence order from the first entry, without anchors. */
    public static ChainVerification verify(Iterable<AuditEntry> inSequenceOrder) {
        return verify(inSequenceOrder.iterator(), List.of());
    }

    /**
     * Verifies a whole trail, read one entry at a time in sequence order from the first entry, against the anchors
     * taken of it. Stops at the first break. Checks, for each entry: that its sequence follows its predecessor's
     * ({@link BreakKind#SEQUENCE_GAP}), that its fields give its hash ({@link BreakKind#HASH_MISMATCH}), that it
     * links to its predecessor's hash ({@link BreakKind#LINK_MISMATCH}), and that it has the hash anchored for its
     * sequence ({@link BreakKind#ANCHOR_MISMATCH}); at the end, that no anchor lies beyond the last entry
     * ({@link BreakKind#TRUNCATED}).
     */
    public static ChainVerification verify(Iterator<AuditEntry> inSequenceOrder, Collection<ChainAnchor> anchors) {
        List<ChainAnchor> pending = anchors.stream().sorted(Comparator.comparingLong(ChainAnchor::sequence)).toList();
        int nextAnchor = 0;
        long expectedSequence = 1;
        String expectedPreviousHash = GENESIS_HASH;
        long checked = 0;
        while (inSequenceOrder.hasNext()) {
            AuditEntry entry = inSequenceOrder.next();
            checked++;
            if (entry.sequence() != expectedSequence) {
                return ChainVerification.broken(checked, entry.sequence(), BreakKind.SEQUENCE_GAP);
            }
            if (!hashOf(entry).equals(entry.hash())) {
                return ChainVerification.broken(checked, entry.sequence(), BreakKind.HASH_MISMATCH);
            }
            if (!expectedPreviousHash.equals(entry.previousHash())) {
                return ChainVerification.broken(checked, entry.sequence(), BreakKind.LINK_MISMATCH);
            }
            while (nextAnchor < pending.size() && pending.get(nextAnchor).sequence() == entry.sequence()) {
                if (!pending.get(nextAnchor).hash().equals(entry.hash())) {
                    return ChainVerification.broken(checked, entry.sequence(), BreakKind.ANCHOR_MISMATCH);
                }
                nextAnchor++;
            }
            expectedPreviousHash = entry.hash();
            expectedSequence++;
        }
        if (nextAnchor < pending.size()) {
            return ChainVerification.broken(checked, expectedSequence, BreakKind.TRUNCATED);
        }
        return ChainVerification.intact(checked);
    }

    private static void write(ByteArrayOutputStream out, String field) {
        if (field == null) {
            out.writeBytes("-1:".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
