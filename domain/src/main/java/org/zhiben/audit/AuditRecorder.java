package org.zhiben.audit;

import org.zhiben.shared.Actor;

/**
 * Records a change in the audit trail, for the adapters of every module (“执法全过程记录”, “谁检查、谁签名、谁负责”).
 *
 * <p>Call it <b>inside the transaction of the change</b> it records — in the same {@code Transactions.write(...)} as the
 * use case — so that the change and its entry commit together or not at all; the adapter refuses a call made outside
 * a transaction. The entry is sealed as the transaction's last step before it commits; the sealing is serialised,
 * so concurrent writers never fork the chain.
 *
 * <p>{@code change} is a short canonical text of what changed (e.g. {@code status=OPEN->RECTIFIED}); it must never hold
 * passwords, secrets, hashes or personal data (names, phone numbers, a whistleblower's identity): the trail is kept
 * for ever and read by auditors. Entity ids and codes are fine.
 */
public interface AuditRecorder {

    /**
     * Appends one entry: {@code actor} did {@code action} (e.g. {@code hazard.rectified}) to the entity
     * {@code entityType}/{@code entityId}, for {@code reason} (optional), changing {@code change} (optional).
     */
    void record(Actor actor, String entityType, String entityId, String action, String reason, String change);
}
