package org.zhiben.audit;

import java.time.Instant;

/**
 * One sealed, append-only entry of the audit trail. Entries are numbered 1, 2, 3 … without gaps; each carries the
 * hash of its predecessor ({@code previousHash}) and its own {@code hash} over all its fields, so that altering,
 * removing or reordering entries is detected by {@link AuditChain#verify}.
 *
 * <p>The record deliberately accepts whatever was stored — even a tampered, incomplete row — so that verification
 * reports the tampering instead of failing to read it. New entries are made only by {@link AuditChain#append}.
 *
 * @param unitCode the actor's unit; null for an actor without one (an enterprise manager, the system)
 * @param reason   why, as the actor gave it; may be null
 * @param change   the change as a canonical text built by the adapter; may be null
 */
public record AuditEntry(long sequence, Instant at, String username, String role, String unitCode, String entityType,
                         String entityId, String action, String reason, String change, String previousHash,
                         String hash) {
}
