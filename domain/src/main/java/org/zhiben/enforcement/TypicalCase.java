package org.zhiben.enforcement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import org.zhiben.shared.Require;
import org.zhiben.shared.JurisdictionCode;

/**
 * A typical case (典型案例) published for the public from a closed tip-off or a decided penalty case, with personal data
 * removed ({@link PersonalDataRedaction}): its title and account are redacted when it is published, so what is stored
 * is what the public reads.
 */
public final class TypicalCase {

    public static final String ENTITY = "TypicalCase";

    /** What a typical case is taken from. */
    public enum Source {
        /** 举报. */
        TIP_OFF("举报"),
        /** 行政处罚案件. */
        PENALTY_CASE("行政处罚案件");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Everything a stored typical case holds. */
    public record Snapshot(UUID id, Source source, UUID sourceId, String title, String account,
            JurisdictionCode jurisdiction, String publishingUnit, LocalDate publishedOn, long version) {

        public Snapshot {
            Require.notNull(id, "id");
            Require.notNull(source, "source");
            Require.notNull(sourceId, "sourceId");
            title = Require.maxLength(Require.notBlank(title, "title"), 200, "title");
            account = Require.maxLength(Require.notBlank(account, "account"), 4000, "account");
            Require.notNull(jurisdiction, "jurisdiction");
            publishingUnit = Require.notBlank(publishingUnit, "publishingUnit");
            Require.notNull(publishedOn, "publishedOn");
        }
    }

    private final Snapshot snapshot;

    private TypicalCase(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    /**
     * Publishes {@code title} and {@code account} of the source with personal data removed: the reporter's identity
     * (if any) and the {@code names} of the persons concerned, and every ID number, phone and e-mail address.
     */
    public static TypicalCase publish(Source source, UUID sourceId, String title, String account,
            ReporterIdentity reporter, Collection<String> names, JurisdictionCode jurisdiction, String publishingUnit,
            LocalDate publishedOn) {
        Require.notNull(names, "names");
        return new TypicalCase(new Snapshot(UUID.randomUUID(), source, sourceId,
                PersonalDataRedaction.redact(title, reporter, names),
                PersonalDataRedaction.redact(account, reporter, names), jurisdiction, publishingUnit, publishedOn, 0));
    }

    public static TypicalCase restore(Snapshot snapshot) {
        return new TypicalCase(Require.notNull(snapshot, "snapshot"));
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public UUID id() {
        return snapshot.id();
    }

    public Source source() {
        return snapshot.source();
    }

    public UUID sourceId() {
        return snapshot.sourceId();
    }

    public String title() {
        return snapshot.title();
    }

    public String account() {
        return snapshot.account();
    }

    public JurisdictionCode jurisdiction() {
        return snapshot.jurisdiction();
    }

    public String publishingUnit() {
        return snapshot.publishingUnit();
    }

    public LocalDate publishedOn() {
        return snapshot.publishedOn();
    }

    public long version() {
        return snapshot.version();
    }
}
