package org.zhiben.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * Bulk import of training records from a sheet, one row per training, run batch by batch over the file.
 * <ul>
 *   <li>Each row is checked on its own, as the form checks a record; every refused cell is reported with its line and
 *       column, and a refused row never stops the good ones.</li>
 *   <li>A person of an enterprise is recorded with the enterprise of the credit code ({@code creditCode}), which must
 *       lie in the importer's data scope ({@code training.import.out-of-scope}: an enterprise imports its own staff
 *       only); a leading cadre or a regulator with a unit ({@code unitName}) and a jurisdiction ({@code jurisdiction},
 *       by name or code) of the importer's scope.</li>
 *   <li>The import is idempotent by the natural key of a training: the enterprise (or the unit and its jurisdiction),
 *       the masked name, the last four characters of the ID number, the course and the first day. A row whose key is
 *       stored with the same details is unchanged; with other details it is refused
 *       ({@code training.import.record-differs}) naming the column that differs — an import never overwrites a
 *       record. A key found twice in one file is refused on its second line
 *       ({@code training.import.duplicate-in-file}).</li>
 * </ul>
 */
public final class TrainingRecordImport extends SheetImport<TrainingRecordImport.Key> {

    public static final List<String> COLUMNS = List.of("creditCode", "unitName", "jurisdiction", "name",
            "idLastDigits", "role", "course", "provider", "startedOn", "endedOn", "hours", "exam",
            "certificateNumber");

    /** Columns a sheet may leave out: a sheet of one enterprise's staff needs no unit, a sheet of cadres no code. */
    public static final Set<String> OPTIONAL_COLUMNS = Set.of("creditCode", "unitName", "jurisdiction",
            "certificateNumber");

    /**
     * The natural key of a training.
     *
     * @param owner the enterprise's id, or the unit's jurisdiction and name
     */
    public record Key(String owner, String maskedName, String idLastDigits, String course, LocalDate startedOn) {

        public static Key of(TrainingRecord record) {
            TrainingRecord.Snapshot s = record.snapshot();
            String owner = s.enterpriseId() != null ? s.enterpriseId().toString()
                    : s.jurisdiction().value() + "|" + s.unitName();
            return new Key(owner, s.trainee().maskedName(), s.trainee().idLastDigits(), s.course(), s.startedOn());
        }
    }

    /** What the import reads and decides with. */
    public interface Lookups {

        /** The stored enterprises among the credit codes, by credit code. */
        Map<UnifiedSocialCreditCode, Enterprise> enterprises(Set<UnifiedSocialCreditCode> creditCodes);

        /** The jurisdiction a cell names by its name or its code, if it is known. */
        Optional<JurisdictionCode> jurisdiction(String text);

        /** Whether the importer may record the training of people of this enterprise (its data scope). */
        boolean mayRecordFor(JurisdictionCode jurisdiction, IndustryCode industry, UUID enterpriseId);

        /** Whether the importer may record the training of a unit of this jurisdiction. */
        boolean mayRecordIn(JurisdictionCode jurisdiction);

        /** The stored records among the keys, by key (the first stored one of a key). */
        Map<Key, TrainingRecord> stored(Set<Key> keys);

        LocalDate today();

        Instant now();

        String recordedBy();
    }

    private final Lookups lookups;

    public TrainingRecordImport(Lookups lookups) {
        this.lookups = Require.notNull(lookups, "lookups");
    }

    /** Checks one batch of rows (in file order) and returns the records to store. */
    public List<TrainingRecord> run(List<TrainingImportRow> batch) {
        counted(batch.size());
        List<Parsed> parsed = new ArrayList<>();
        Set<UnifiedSocialCreditCode> codes = new LinkedHashSet<>();
        for (TrainingImportRow row : batch) {
            Parsed one = parse(new Cells(this, row));
            if (one != null) {
                parsed.add(one);
                if (one.creditCode() != null) {
                    codes.add(one.creditCode());
                }
            }
        }
        Map<UnifiedSocialCreditCode, Enterprise> enterprises = codes.isEmpty() ? Map.of()
                : lookups.enterprises(codes);
        List<Candidate> candidates = new ArrayList<>();
        for (Parsed one : parsed) {
            TrainingRecord record = place(one, enterprises);
            if (record == null) {
                continue;
            }
            Key key = Key.of(record);
            Integer firstLine = firstLineOf(key, one.row().line());
            if (firstLine != null) {
                refuse(one.row(), "course", "training.import.duplicate-in-file",
                        "this person's training of this course and first day already appears on line " + firstLine,
                        List.of(firstLine));
                continue;
            }
            candidates.add(new Candidate(one.row(), key, record));
        }
        Set<Key> keys = new LinkedHashSet<>();
        candidates.forEach(candidate -> keys.add(candidate.key()));
        Map<Key, TrainingRecord> stored = keys.isEmpty() ? Map.of() : lookups.stored(keys);
        List<TrainingRecord> toStore = new ArrayList<>();
        for (Candidate candidate : candidates) {
            TrainingRecord existing = stored.get(candidate.key());
            if (existing == null) {
                toStore.add(candidate.record());
                createdOne();
                continue;
            }
            String differs = differingColumn(existing.snapshot(), candidate.record().snapshot());
            if (differs == null) {
                unchangedOne();
            } else {
                refuse(candidate.row(), differs, "training.import.record-differs",
                        "this training is recorded already with another " + differs + "; an import changes nothing",
                        List.of());
            }
        }
        return toStore;
    }

    private Parsed parse(Cells row) {
        UnifiedSocialCreditCode creditCode = row.read("creditCode",
                value -> value == null ? null : UnifiedSocialCreditCode.of(value));
        String unitName = row.text("unitName");
        String jurisdictionText = row.text("jurisdiction");
        Trainee trainee = null;
        String name = row.required("name");
        String digits = row.required("idLastDigits");
        if (name != null && digits != null) {
            trainee = row.read("idLastDigits", value -> Trainee.of(name, digits));
        }
        TraineeRole role = row.read("role", value -> labelled(value, "role", TraineeRole.values(),
                TraineeRole::label, TraineeRole::labelEn));
        String course = row.required("course");
        String provider = row.required("provider");
        LocalDate startedOn = row.day("startedOn");
        LocalDate endedOn = row.day("endedOn");
        Integer hours = row.read("hours", value -> hours(value));
        ExamResult exam = row.read("exam", value -> labelled(value, "exam", ExamResult.values(),
                ExamResult::label, ExamResult::labelEn));
        String certificateNumber = row.text("certificateNumber");
        if (role != null && role.ofEnterprise() && creditCode == null && !row.refused()) {
            refuse(row, "creditCode", "training.import.credit-code-required",
                    "a person of an enterprise is recorded with the enterprise's credit code", List.of());
        }
        if (role != null && !role.ofEnterprise()) {
            if (unitName == null) {
                refuse(row, "unitName", "validation.required", "unitName is required", List.of("unitName"));
            }
            if (jurisdictionText == null) {
                refuse(row, "jurisdiction", "validation.required", "jurisdiction is required",
                        List.of("jurisdiction"));
            }
        }
        if (row.refused()) {
            return null;
        }
        TrainingRecord.Details details;
        try {
            details = new TrainingRecord.Details(trainee, role, course, provider, startedOn, endedOn, hours, exam,
                    certificateNumber);
        } catch (DomainException refused) {
            refuse(row, "course", refused);
            return null;
        }
        return new Parsed(row, details, role.ofEnterprise() ? creditCode : null, unitName, jurisdictionText);
    }

    private TrainingRecord place(Parsed one, Map<UnifiedSocialCreditCode, Enterprise> enterprises) {
        Cells row = one.row();
        try {
            if (one.details().role().ofEnterprise()) {
                Enterprise enterprise = enterprises.get(one.creditCode());
                if (enterprise == null) {
                    refuse(row, "creditCode", "training.import.enterprise-unknown",
                            "no enterprise is registered under this credit code", List.of());
                    return null;
                }
                if (!lookups.mayRecordFor(enterprise.jurisdiction(), enterprise.industry(),
                        enterprise.id().value())) {
                    refuse(row, "creditCode", "training.import.out-of-scope",
                            "this enterprise is outside the data you may change", List.of());
                    return null;
                }
                return TrainingRecord.ofEnterprise(TrainingRecordId.newId(), one.details(), enterprise.id().value(),
                        enterprise.jurisdiction(), enterprise.industry(), enterprise.highRisk(), lookups.today(),
                        lookups.now(), lookups.recordedBy());
            }
            Optional<JurisdictionCode> jurisdiction = lookups.jurisdiction(one.jurisdiction());
            if (jurisdiction.isEmpty()) {
                refuse(row, "jurisdiction", "training.import.jurisdiction-unknown", "unknown jurisdiction",
                        List.of(one.jurisdiction()));
                return null;
            }
            if (!lookups.mayRecordIn(jurisdiction.get())) {
                refuse(row, "jurisdiction", "training.import.out-of-scope",
                        "this jurisdiction is outside the data you may change", List.of());
                return null;
            }
            return TrainingRecord.ofUnit(TrainingRecordId.newId(), one.details(), one.unitName(), jurisdiction.get(),
                    lookups.today(), lookups.now(), lookups.recordedBy());
        } catch (DomainException refused) {
            refuse(row, "role", refused);
            return null;
        }
    }

    @Override
    protected String columnOf(String field) {
        return "enterpriseId".equals(field) ? "creditCode" : field;
    }

    private static int hours(String value) {
        if (value == null) {
            throw new InvalidValueException("hours", "validation.required", "hours is required", "hours");
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidValueException("hours", "training.record.hours-invalid",
                    "class hours are between 1 and " + TrainingRecord.MAX_HOURS, value,
                    TrainingRecord.MAX_HOURS);
        }
    }

    /** The first column in which a row differs from the stored record of its key; null when it does not. */
    private static String differingColumn(TrainingRecord.Snapshot stored, TrainingRecord.Snapshot row) {
        if (stored.role() != row.role()) {
            return "role";
        }
        if (!stored.provider().equals(row.provider())) {
            return "provider";
        }
        if (!stored.endedOn().equals(row.endedOn())) {
            return "endedOn";
        }
        if (stored.hours() != row.hours()) {
            return "hours";
        }
        if (stored.exam() != row.exam()) {
            return "exam";
        }
        return Objects.equals(stored.certificateNumber(), row.certificateNumber()) ? null : "certificateNumber";
    }

    private record Parsed(Cells row, TrainingRecord.Details details, UnifiedSocialCreditCode creditCode,
            String unitName, String jurisdiction) {
    }

    private record Candidate(Cells row, Key key, TrainingRecord record) {
    }
}
