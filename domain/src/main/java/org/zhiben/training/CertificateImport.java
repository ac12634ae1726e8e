package org.zhiben.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * Bulk import of special-operation certificates (特种作业操作证) from a sheet, one row per certificate, run batch by
 * batch over the file.
 * <ul>
 *   <li>Each row is checked as the form checks a certificate; every refused cell is reported with its line and
 *       column, and a refused row never stops the good ones.</li>
 *   <li>The certificate belongs to the worker of the enterprise of the credit code, which must lie in the importer's
 *       data scope ({@code training.import.out-of-scope}: an enterprise imports its own workers' certificates only).</li>
 *   <li>The import is idempotent by the certificate's number: a number stored with the same details is unchanged;
 *       with other details ({@code training.import.certificate-differs}, naming the column) or outside the importer's
 *       scope ({@code training.certificate.number-taken}) it is refused — an import never overwrites a certificate. A
 *       number found twice in one file is refused on its second line ({@code training.import.duplicate-in-file}).</li>
 * </ul>
 */
public final class CertificateImport extends SheetImport<String> {

    public static final List<String> COLUMNS = List.of("creditCode", "name", "idLastDigits", "operationType",
            "number", "issuedOn", "expiresOn", "lastReviewedOn", "nextReviewOn");

    /** Columns a sheet may leave out: the review dates. */
    public static final Set<String> OPTIONAL_COLUMNS = Set.of("lastReviewedOn", "nextReviewOn");

    /** What the import reads and decides with. */
    public interface Lookups {

        /** The stored enterprises among the credit codes, by credit code. */
        Map<UnifiedSocialCreditCode, Enterprise> enterprises(Set<UnifiedSocialCreditCode> creditCodes);

        /** Whether the importer may register certificates of this enterprise (its data scope). */
        boolean mayRecordFor(JurisdictionCode jurisdiction, IndustryCode industry, UUID enterpriseId);

        /** The stored certificates among the numbers, by number. */
        Map<String, SpecialOperationCertificate> stored(Set<String> numbers);

        Instant now();

        String recordedBy();
    }

    private final Lookups lookups;

    public CertificateImport(Lookups lookups) {
        this.lookups = Require.notNull(lookups, "lookups");
    }

    /** Checks one batch of rows (in file order) and returns the certificates to store. */
    public List<SpecialOperationCertificate> run(List<TrainingImportRow> batch) {
        counted(batch.size());
        List<Parsed> parsed = new ArrayList<>();
        Set<UnifiedSocialCreditCode> codes = new LinkedHashSet<>();
        for (TrainingImportRow row : batch) {
            Parsed one = parse(new Cells(this, row));
            if (one != null) {
                parsed.add(one);
                codes.add(one.creditCode());
            }
        }
        Map<UnifiedSocialCreditCode, Enterprise> enterprises = codes.isEmpty() ? Map.of()
                : lookups.enterprises(codes);
        List<SpecialOperationCertificate> candidates = new ArrayList<>();
        List<Cells> lines = new ArrayList<>();
        for (Parsed one : parsed) {
            Enterprise enterprise = enterprises.get(one.creditCode());
            if (enterprise == null) {
                refuse(one.row(), "creditCode", "training.import.enterprise-unknown",
                        "no enterprise is registered under this credit code", List.of());
                continue;
            }
            if (!lookups.mayRecordFor(enterprise.jurisdiction(), enterprise.industry(), enterprise.id().value())) {
                refuse(one.row(), "creditCode", "training.import.out-of-scope",
                        "this enterprise is outside the data you may change", List.of());
                continue;
            }
            SpecialOperationCertificate certificate;
            try {
                certificate = new SpecialOperationCertificate(CertificateId.newId(), enterprise.id().value(),
                        enterprise.jurisdiction(), enterprise.industry(), one.holder(), one.operationType(),
                        one.number(), one.issuedOn(), one.expiresOn(), one.lastReviewedOn(), one.nextReviewOn(),
                        lookups.now(), lookups.recordedBy(), 0);
            } catch (DomainException refused) {
                refuse(one.row(), "number", refused);
                continue;
            }
            Integer firstLine = firstLineOf(certificate.number(), one.row().line());
            if (firstLine != null) {
                refuse(one.row(), "number", "training.import.duplicate-in-file",
                        "this certificate number already appears on line " + firstLine, List.of(firstLine));
                continue;
            }
            candidates.add(certificate);
            lines.add(one.row());
        }
        Set<String> numbers = new LinkedHashSet<>();
        candidates.forEach(candidate -> numbers.add(candidate.number()));
        Map<String, SpecialOperationCertificate> stored = numbers.isEmpty() ? Map.of() : lookups.stored(numbers);
        List<SpecialOperationCertificate> toStore = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            SpecialOperationCertificate candidate = candidates.get(i);
            SpecialOperationCertificate existing = stored.get(candidate.number());
            if (existing == null) {
                toStore.add(candidate);
                createdOne();
            } else if (!lookups.mayRecordFor(existing.jurisdiction(), existing.industry(),
                    existing.enterpriseId())) {
                refuse(lines.get(i), "number", "training.certificate.number-taken",
                        "a certificate of this number is registered already", List.of(candidate.number()));
            } else {
                String differs = differingColumn(existing, candidate);
                if (differs == null) {
                    unchangedOne();
                } else {
                    refuse(lines.get(i), differs, "training.import.certificate-differs",
                            "this certificate is registered already with another " + differs
                                    + "; an import changes nothing", List.of());
                }
            }
        }
        return toStore;
    }

    private Parsed parse(Cells row) {
        UnifiedSocialCreditCode creditCode = row.read("creditCode", value -> {
            if (value == null) {
                throw new org.zhiben.shared.InvalidValueException("creditCode", "validation.required",
                        "creditCode is required", "creditCode");
            }
            return UnifiedSocialCreditCode.of(value);
        });
        String name = row.required("name");
        String digits = row.required("idLastDigits");
        Trainee holder = name == null || digits == null ? null
                : row.read("idLastDigits", value -> Trainee.of(name, digits));
        OperationType type = row.read("operationType", value -> labelled(value, "operationType",
                OperationType.values(), OperationType::label, OperationType::labelEn));
        String number = row.required("number");
        LocalDate issuedOn = row.day("issuedOn");
        LocalDate expiresOn = row.day("expiresOn");
        LocalDate lastReviewedOn = row.optionalDay("lastReviewedOn");
        LocalDate nextReviewOn = row.optionalDay("nextReviewOn");
        if (row.refused()) {
            return null;
        }
        return new Parsed(row, creditCode, holder, type, number, issuedOn, expiresOn, lastReviewedOn, nextReviewOn);
    }

    private static String differingColumn(SpecialOperationCertificate stored, SpecialOperationCertificate row) {
        if (!stored.enterpriseId().equals(row.enterpriseId())) {
            return "creditCode";
        }
        if (!stored.holder().equals(row.holder())) {
            return stored.holder().idLastDigits().equals(row.holder().idLastDigits()) ? "name" : "idLastDigits";
        }
        if (stored.operationType() != row.operationType()) {
            return "operationType";
        }
        if (!stored.issuedOn().equals(row.issuedOn())) {
            return "issuedOn";
        }
        if (!stored.expiresOn().equals(row.expiresOn())) {
            return "expiresOn";
        }
        if (!Objects.equals(stored.lastReviewedOn(), row.lastReviewedOn())) {
            return "lastReviewedOn";
        }
        return Objects.equals(stored.nextReviewOn(), row.nextReviewOn()) ? null : "nextReviewOn";
    }

    private record Parsed(Cells row, UnifiedSocialCreditCode creditCode, Trainee holder, OperationType operationType,
            String number, LocalDate issuedOn, LocalDate expiresOn, LocalDate lastReviewedOn,
            LocalDate nextReviewOn) {
    }
}
