package org.zhiben.training.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseReferenceData;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.training.CertificateImport;
import org.zhiben.training.SpecialOperationCertificate;
import org.zhiben.training.TrainingImportReport;
import org.zhiben.training.TrainingImportRow;
import org.zhiben.training.TrainingRecord;
import org.zhiben.training.TrainingRecordImport;
import org.zhiben.training.storage.Certificates;

/**
 * Imports training records ({@link TrainingRecordImport}) or special-operation certificates
 * ({@link CertificateImport}) from the rows of a sheet read as a stream: the rows are checked and stored batch by
 * batch ({@value #BATCH} rows), so that a large file never sits in memory whole. The import runs in one transaction:
 * a file refused as a whole part-way through (a broken workbook, an unclosed quote) stores nothing. The caller's data
 * scope decides which enterprises and jurisdictions rows may be about; a row outside it is refused on its own. The
 * import is audited as one entry with its counts ({@code training-import.completed}).
 */
public class ImportTraining {

    public static final String ENTITY = "TrainingImport";
    public static final String COMPLETED = "training-import.completed";
    public static final int BATCH = 500;

    /** The rows of a sheet, handed on one by one in file order. */
    @FunctionalInterface
    public interface Rows {

        void forEach(Consumer<TrainingImportRow> row);
    }

    private final TrainingStore store;
    private final Certificates certificates;
    private final EnterpriseReferenceData referenceData;

    public ImportTraining(TrainingStore store, Certificates certificates, EnterpriseReferenceData referenceData) {
        this.store = store;
        this.certificates = certificates;
        this.referenceData = referenceData;
    }

    /** Imports training records. */
    public TrainingImportReport importRecords(Rows rows) {
        TrainingRecordImport rule = new TrainingRecordImport(new RecordLookups());
        batched(rows, batch -> rule.run(batch).forEach(store::store));
        return audited("records", rule.report());
    }

    /** Imports special-operation certificates. */
    public TrainingImportReport importCertificates(Rows rows) {
        CertificateImport rule = new CertificateImport(new CertificateLookups());
        batched(rows, batch -> rule.run(batch).forEach(certificates::save));
        return audited("certificates", rule.report());
    }

    private static void batched(Rows rows, Consumer<List<TrainingImportRow>> work) {
        List<TrainingImportRow> batch = new ArrayList<>(BATCH);
        rows.forEach(row -> {
            batch.add(row);
            if (batch.size() == BATCH) {
                work.accept(List.copyOf(batch));
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            work.accept(List.copyOf(batch));
        }
    }

    private TrainingImportReport audited(String kind, TrainingImportReport report) {
        store.audit(ENTITY, UUID.randomUUID(), COMPLETED, "kind=" + kind + ";rows=" + report.rows() + ";created="
                + report.created() + ";unchanged=" + report.unchanged() + ";rejected=" + report.rejected());
        return report;
    }

    private Map<UnifiedSocialCreditCode, Enterprise> enterprises(Set<UnifiedSocialCreditCode> codes) {
        return store.enterprises().findByCreditCodes(codes);
    }

    private boolean mayRecordFor(JurisdictionCode jurisdiction, IndustryCode industry, UUID enterpriseId) {
        return store.inScope(jurisdiction, industry, enterpriseId);
    }

    private final class RecordLookups implements TrainingRecordImport.Lookups {

        private final LocalDate today = store.today();
        private final String caller = store.caller().username();

        @Override
        public Map<UnifiedSocialCreditCode, Enterprise> enterprises(Set<UnifiedSocialCreditCode> creditCodes) {
            return ImportTraining.this.enterprises(creditCodes);
        }

        @Override
        public Optional<JurisdictionCode> jurisdiction(String text) {
            Optional<JurisdictionCode> named = referenceData.jurisdictionNamed(text.strip());
            if (named.isPresent()) {
                return named;
            }
            try {
                return Optional.of(JurisdictionCode.of(text.strip())).filter(referenceData::jurisdictionExists);
            } catch (InvalidValueException notACode) {
                return Optional.empty();
            }
        }

        @Override
        public boolean mayRecordFor(JurisdictionCode jurisdiction, IndustryCode industry, UUID enterpriseId) {
            return ImportTraining.this.mayRecordFor(jurisdiction, industry, enterpriseId);
        }

        @Override
        public boolean mayRecordIn(JurisdictionCode jurisdiction) {
            return store.scope().prefectureWide() || store.scope().jurisdictions().contains(jurisdiction);
        }

        @Override
        public Map<TrainingRecordImport.Key, TrainingRecord> stored(Set<TrainingRecordImport.Key> keys) {
            Map<TrainingRecordImport.Key, TrainingRecord> found = new HashMap<>();
            for (TrainingRecord record : store.records().withKeys(keys)) {
                found.putIfAbsent(TrainingRecordImport.Key.of(record), record);
            }
            return found;
        }

        @Override
        public LocalDate today() {
            return today;
        }

        @Override
        public Instant now() {
            return store.now();
        }

        @Override
        public String recordedBy() {
            return caller;
        }
    }

    private final class CertificateLookups implements CertificateImport.Lookups {

        private final String caller = store.caller().username();

        @Override
        public Map<UnifiedSocialCreditCode, Enterprise> enterprises(Set<UnifiedSocialCreditCode> creditCodes) {
            return ImportTraining.this.enterprises(creditCodes);
        }

        @Override
        public boolean mayRecordFor(JurisdictionCode jurisdiction, IndustryCode industry, UUID enterpriseId) {
            return ImportTraining.this.mayRecordFor(jurisdiction, industry, enterpriseId);
        }

        @Override
        public Map<String, SpecialOperationCertificate> stored(Set<String> numbers) {
            Map<String, SpecialOperationCertificate> found = new HashMap<>();
            certificates.withNumbers(numbers).forEach(certificate -> found.put(certificate.number(), certificate));
            return found;
        }

        @Override
        public Instant now() {
            return store.now();
        }

        @Override
        public String recordedBy() {
            return caller;
        }
    }
}
