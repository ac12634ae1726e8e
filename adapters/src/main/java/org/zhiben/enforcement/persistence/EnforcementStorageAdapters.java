package org.zhiben.enforcement.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.enforcement.DishonestyListing;
import org.zhiben.enforcement.DishonestyListingId;
import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.InspectionId;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enforcement.ReporterIdentity;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.TipOffId;
import org.zhiben.enforcement.storage.DishonestyListings;
import org.zhiben.enforcement.storage.Inspections;
import org.zhiben.enforcement.storage.PenaltyCases;
import org.zhiben.enforcement.storage.TipOffs;
import org.zhiben.shared.DataScope;
import tools.jackson.databind.node.ObjectNode;

/**
 * The enforcement module's stores in PostgreSQL (schema {@code enforcement}): each aggregate is written and read whole
 * through its snapshot, as a JSONB document beside the columns the queries filter on. A tip-off's reporter is kept
 * out of the document and stored as AES-GCM ciphertext ({@link ReporterCipher}).
 */
final class EnforcementStorageAdapters {

    private EnforcementStorageAdapters() {
    }

    private static <T> T read(String document, long version, Class<T> type) {
        ObjectNode node = (ObjectNode) DocumentRows.JSON.readTree(document);
        node.put("version", version);
        return DocumentRows.JSON.treeToValue(node, type);
    }

    private static Map<String, Object> columns(Object... namesAndValues) {
        Map<String, Object> columns = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return columns;
    }

    @Component
    static class InspectionsAdapter implements Inspections {

        private final DocumentRows rows;

        InspectionsAdapter(DataSource dataSource, Clock clock) {
            this.rows = new DocumentRows(JdbcClient.create(dataSource), clock, "enforcement.inspection",
                    Inspection.ENTITY);
        }

        @Override
        public long save(Inspection inspection) {
            return rows.save(inspection.id().value(), inspection.version(), inspection.snapshot(), columns(
                    "enterprise_id", inspection.enterpriseId(), "jurisdiction", inspection.jurisdiction().value(),
                    "industry", inspection.industry() == null ? null : inspection.industry().value(),
                    "inspected_on", Date.valueOf(inspection.inspectedOn()), "closed", inspection.closed()), Map.of());
        }

        @Override
        public Optional<Inspection> findById(InspectionId id) {
            return rows.find(id.value()).map(this::inspection);
        }

        @Override
        public List<Inspection> search(DataScope scope) {
            return rows.selectInScope(scope, "ORDER BY inspected_on DESC, id").stream().map(this::inspection).toList();
        }

        @Override
        public List<Inspection> findByEnterprise(UUID enterpriseId) {
            return rows.select("WHERE enterprise_id = :enterprise ORDER BY inspected_on DESC, id",
                    Map.of("enterprise", enterpriseId)).stream().map(this::inspection).toList();
        }

        private Inspection inspection(DocumentRows.Row row) {
            return Inspection.restore(read(row.document(), row.version(), Inspection.Snapshot.class));
        }
    }

    @Component
    static class PenaltyCasesAdapter implements PenaltyCases {

        private final DocumentRows rows;

        PenaltyCasesAdapter(DataSource dataSource, Clock clock) {
            this.rows = new DocumentRows(JdbcClient.create(dataSource), clock, "enforcement.penalty_case",
                    PenaltyCase.ENTITY);
        }

        @Override
        public long save(PenaltyCase penaltyCase) {
            return rows.save(penaltyCase.id().value(), penaltyCase.version(), penaltyCase.snapshot(), columns(
                    "enterprise_id", penaltyCase.enterpriseId(), "jurisdiction", penaltyCase.jurisdiction().value(),
                    "industry", penaltyCase.industry() == null ? null : penaltyCase.industry().value(),
                    "status", penaltyCase.status().name(),
                    "decided_on", penaltyCase.decidedOn().map(Date::valueOf).orElse(null),
                    "published_on", penaltyCase.publishedOn().map(Date::valueOf).orElse(null)),
                    Map.of("opened_at", Timestamp.from(penaltyCase.openedAt())));
        }

        @Override
        public Optional<PenaltyCase> findById(PenaltyCaseId id) {
            return rows.find(id.value()).map(this::penaltyCase);
        }

        @Override
        public List<PenaltyCase> search(DataScope scope) {
            return rows.selectInScope(scope, "ORDER BY opened_at DESC, id").stream().map(this::penaltyCase).toList();
        }

        @Override
        public List<PenaltyCase> findPublished() {
            return rows.select("WHERE published_on IS NOT NULL ORDER BY decided_on DESC, id", Map.of()).stream()
                    .map(this::penaltyCase).toList();
        }

        private PenaltyCase penaltyCase(DocumentRows.Row row) {
            return PenaltyCase.restore(read(row.document(), row.version(), PenaltyCase.Snapshot.class));
        }
    }

    @Component
    static class TipOffsAdapter implements TipOffs {

        private final DocumentRows rows;
        private final ReporterCipher cipher;

        TipOffsAdapter(DataSource dataSource, Clock clock, ReporterCipher cipher) {
            this.rows = new DocumentRows(JdbcClient.create(dataSource), clock, "enforcement.tip_off", TipOff.ENTITY);
            this.cipher = cipher;
        }

        @Override
        public long save(TipOff tipOff) {
            ObjectNode document = DocumentRows.JSON.valueToTree(tipOff.snapshot());
            document.remove("reporter");
            ReporterCipher.Sealed sealed = tipOff.reporter()
                    .map(reporter -> cipher.seal(reporter, tipOff.id().toString())).orElse(null);
            return rows.save(tipOff.id().value(), tipOff.version(), document, columns(
                    "enterprise_id", tipOff.enterpriseId().orElse(null),
                    "jurisdiction", tipOff.jurisdiction().value(),
                    "industry", tipOff.industry() == null ? null : tipOff.industry().value(),
                    "status", tipOff.status().name(),
                    "duplicate_of", tipOff.duplicateOf().map(TipOffId::value).orElse(null),
                    "reporter_ciphertext", sealed == null ? null : sealed.ciphertext(),
                    "reporter_key_id", sealed == null ? null : sealed.keyId()),
                    Map.of("received_at", Timestamp.from(tipOff.receivedAt())));
        }

        @Override
        public Optional<TipOff> findById(TipOffId id) {
            return rows.find(id.value(), "reporter_ciphertext", "reporter_key_id").map(this::tipOff);
        }

        @Override
        public List<TipOff> search(DataScope scope) {
            return rows.selectInScope(scope, "ORDER BY received_at DESC, id", "reporter_ciphertext",
                    "reporter_key_id").stream().map(this::tipOff).toList();
        }

        @Override
        public List<TipOff> findDuplicatesOf(TipOffId first) {
            return rows.select("WHERE duplicate_of = :first ORDER BY received_at, id", Map.of("first", first.value()),
                    "reporter_ciphertext", "reporter_key_id").stream().map(this::tipOff).toList();
        }

        private TipOff tipOff(DocumentRows.Row row) {
            ObjectNode node = (ObjectNode) DocumentRows.JSON.readTree(row.document());
            node.put("version", row.version());
            Object ciphertext = row.columns().get("reporter_ciphertext");
            if (ciphertext != null) {
                String id = node.get("id").get("value").asString();
                ReporterIdentity reporter = cipher.open(new ReporterCipher.Sealed(
                        (String) row.columns().get("reporter_key_id"), (String) ciphertext), id);
                node.set("reporter", DocumentRows.JSON.valueToTree(Map.of("name", reporter.name(),
                        "contact", reporter.contact() == null ? "" : reporter.contact())));
            }
            return TipOff.restore(DocumentRows.JSON.treeToValue(node, TipOff.Snapshot.class));
        }
    }

    @Component
    static class DishonestyListingsAdapter implements DishonestyListings {

        private final DocumentRows rows;

        DishonestyListingsAdapter(DataSource dataSource, Clock clock) {
            this.rows = new DocumentRows(JdbcClient.create(dataSource), clock, "enforcement.dishonesty_listing",
                    DishonestyListing.ENTITY);
        }

        @Override
        public long save(DishonestyListing listing) {
            return rows.save(listing.id().value(), listing.version(), listing.snapshot(), columns(
                    "enterprise_id", listing.enterpriseId(), "status", listing.status().name()), Map.of());
        }

        @Override
        public Optional<DishonestyListing> findById(DishonestyListingId id) {
            return rows.find(id.value()).map(this::listing);
        }

        @Override
        public List<DishonestyListing> findByEnterprise(UUID enterpriseId) {
            return rows.select("WHERE enterprise_id = :enterprise ORDER BY id", Map.of("enterprise", enterpriseId))
                    .stream().map(this::listing).toList();
        }

        @Override
        public List<DishonestyListing> findAll() {
            return rows.select("ORDER BY id", Map.of()).stream().map(this::listing).toList();
        }

        private DishonestyListing listing(DocumentRows.Row row) {
            return DishonestyListing.restore(read(row.document(), row.version(), DishonestyListing.Snapshot.class));
        }
    }
}
