package org.zhiben.reporting;

import java.time.Instant;
import java.time.LocalDate;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;
import org.zhiben.shared.UnitCode;

/**
 * One line of the policy statistics table (附表2 自治州安全生产治本攻坚出台政策统计表): a policy or rule a unit issued
 * ("各级、各部门出台的相关安全生产制度类文件,印发后同时抄送自治州安委会办公室,详见附表2") — its title, document number,
 * issue date, kind, whether it was copied to the committee office, and the issued document itself.
 *
 * @param attachment the issued document; {@code null} until the unit uploads it
 * @param version    the version the line was read at, for optimistic locking
 */
public record PolicyEntry(PolicyEntryId id, UnitCode unit, Details details, PolicyAttachment attachment,
        Instant enteredAt, String enteredBy, long version) {

    public static final String ENTITY = "PolicyEntry";
    public static final int MAX_TITLE = 200;
    public static final int MAX_DOCUMENT_NUMBER = 100;

    /** What the unit states about the policy. */
    public record Details(String title, String documentNumber, LocalDate issuedOn, PolicyKind kind,
            boolean copiedToOffice) {

        public Details {
            title = Require.maxLength(Require.notBlank(title, "title").strip(), MAX_TITLE, "title");
            documentNumber = Require.maxLength(Require.notBlank(documentNumber, "documentNumber").strip(),
                    MAX_DOCUMENT_NUMBER, "documentNumber");
            Require.notNull(issuedOn, "issuedOn");
            Require.notNull(kind, "kind");
        }

        /** A policy is entered once it is issued: its issue date is not after {@code today}. */
        Details issuedBy(LocalDate today) {
            if (issuedOn.isAfter(today)) {
                throw new InvalidValueException("issuedOn", "reporting.policy.issued-in-future",
                        "a policy is entered once it has been issued", issuedOn);
            }
            return this;
        }
    }

    public PolicyEntry {
        Require.notNull(id, "id");
        Require.notNull(unit, "unit");
        Require.notNull(details, "details");
        Require.notNull(enteredAt, "enteredAt");
        Require.notBlank(enteredBy, "enteredBy");
    }

    /** A policy the unit issued on or before {@code today}, entered at {@code now}. */
    public static PolicyEntry enter(UnitCode unit, Details details, LocalDate today, Instant now, String enteredBy) {
        return new PolicyEntry(PolicyEntryId.random(), unit, Require.notNull(details, "details").issuedBy(today),
                null, now, enteredBy, 0);
    }

    /** This line with corrected details (the unit and the attachment stay). */
    public PolicyEntry revised(Details corrected, LocalDate today) {
        return new PolicyEntry(id, unit, Require.notNull(corrected, "details").issuedBy(today), attachment,
                enteredAt, enteredBy, version);
    }

    /** This line with the issued document (replacing an earlier upload). */
    public PolicyEntry attached(PolicyAttachment document) {
        return new PolicyEntry(id, unit, details, Require.notNull(document, "attachment"), enteredAt, enteredBy,
                version);
    }

    /** This line as stored at {@code storedVersion}. */
    public PolicyEntry atVersion(long storedVersion) {
        return new PolicyEntry(id, unit, details, attachment, enteredAt, enteredBy, storedVersion);
    }
}
