package org.zhiben.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * How far a focus group is trained in a year (task 4: "推动重点行业领域企业主要负责人教育培训全覆盖"): per jurisdiction
 * the enterprises the group requires and those whose principal (or fire-safety head) passed a training that ended in
 * the year, the total, and the enterprises still untrained — the list the counties work through.
 */
public record Coverage(FocusGroup group, int year, List<Row> rows, Row total, List<Untrained> untrained) {

    /** One jurisdiction's figures (the total's jurisdiction is null). */
    public record Row(JurisdictionCode jurisdiction, int required, int trained) {

        /** The share trained in whole per cent, rounded down; null when none is required. */
        public Integer percent() {
            return required == 0 ? null : trained * 100 / required;
        }
    }

    /** An enterprise whose person of the group has not passed a training in the year. */
    public record Untrained(UUID enterpriseId, String name, JurisdictionCode jurisdiction, IndustryCode industry) {
    }

    public Coverage {
        rows = List.copyOf(rows);
        untrained = List.copyOf(untrained);
    }

    /**
     * The coverage of {@code group} in {@code year} among the {@code enterprises} (those the caller sees), given the
     * training records of those enterprises.
     */
    public static Coverage of(FocusGroup group, int year, Collection<Enterprise> enterprises,
            Collection<TrainingRecord> records) {
        Set<UUID> trained = records.stream().filter(record -> group.trainedBy(record, year))
                .map(record -> record.enterpriseId().orElseThrow()).collect(Collectors.toSet());
        Map<JurisdictionCode, int[]> counts = new TreeMap<>(Comparator.comparing(JurisdictionCode::value));
        List<Untrained> untrained = new ArrayList<>();
        for (Enterprise enterprise : enterprises) {
            if (!group.requires(enterprise)) {
                continue;
            }
            int[] count = counts.computeIfAbsent(enterprise.jurisdiction(), j -> new int[2]);
            count[0]++;
            if (trained.contains(enterprise.id().value())) {
                count[1]++;
            } else {
                untrained.add(new Untrained(enterprise.id().value(), enterprise.name(), enterprise.jurisdiction(),
                        enterprise.industry()));
            }
        }
        List<Row> rows = counts.entrySet().stream()
                .map(entry -> new Row(entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList();
        Row total = new Row(null, rows.stream().mapToInt(Row::required).sum(),
                rows.stream().mapToInt(Row::trained).sum());
        untrained.sort(Comparator.comparing((Untrained u) -> u.jurisdiction().value()).thenComparing(Untrained::name));
        return new Coverage(group, year, rows, total, untrained);
    }
}
