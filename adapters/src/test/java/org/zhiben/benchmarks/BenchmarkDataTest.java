package org.zhiben.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.enforcement.Inspection;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.TipOffStatus;
import org.zhiben.training.TraineeRole;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.node.ObjectNode;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.reporting.HazardFact;
import org.zhiben.reporting.HazardStockLine;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The benchmarks' data generator at size {@code small}: deterministic, valid codes, every kind of history. */
class BenchmarkDataTest {

    private static final List<BenchmarkData.Industry> INDUSTRIES = List.of(
            new BenchmarkData.Industry("HAZARDOUS_CHEMICALS", true), new BenchmarkData.Industry("MINES", true),
            new BenchmarkData.Industry("INDUSTRY_TRADE", false), new BenchmarkData.Industry("CONSTRUCTION", true));

    @Test
    void the_same_seed_gives_the_same_rows_and_another_seed_other_rows() throws Exception {
        String first = digest(BenchmarkData.generate(BenchmarkData.Size.SMALL, 7, "653000", INDUSTRIES));
        String again = digest(BenchmarkData.generate(BenchmarkData.Size.SMALL, 7, "653000", INDUSTRIES));
        String other = digest(BenchmarkData.generate(BenchmarkData.Size.SMALL, 8, "653000", INDUSTRIES));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void credit_codes_are_valid_and_unique_and_units_are_valid_organisation_rows() {
        BenchmarkData data = BenchmarkData.generate(BenchmarkData.Size.SMALL, BenchmarkData.DEFAULT_SEED, "653000",
                INDUSTRIES);

        assertThat(data.enterprises).hasSize(BenchmarkData.Size.SMALL.enterprises);
        Set<String> codes = new HashSet<>();
        for (BenchmarkData.Enterprise enterprise : data.enterprises) {
            assertThatCode(() -> UnifiedSocialCreditCode.of(enterprise.creditCode())).as(enterprise.creditCode())
                    .doesNotThrowAnyException();
            assertThat(codes.add(enterprise.creditCode())).as("unique " + enterprise.creditCode()).isTrue();
            assertThat(enterprise.name()).endsWith("公司").matches(".*\\p{IsHan}{4,}.*");
            assertThat(enterprise.principalPhone()).matches("\\d{11}");
        }
        assertThat(data.jurisdictions).hasSize(BenchmarkData.Size.SMALL.counties + BenchmarkData.Size.SMALL.ports);
        for (BenchmarkData.Jurisdiction jurisdiction : data.jurisdictions) {
            assertThatCode(() -> {
                JurisdictionCode.of(jurisdiction.code());
                UnitCode.of(jurisdiction.unitCode());
            }).doesNotThrowAnyException();
            assertThat(jurisdiction.parent()).isEqualTo("653000");
        }
    }

    @Test
    void hazards_have_full_histories_in_every_status_found_from_2023_to_2026() {
        BenchmarkData data = BenchmarkData.generate(BenchmarkData.Size.SMALL, BenchmarkData.DEFAULT_SEED, "653000",
                INDUSTRIES);
        JsonMapper json = JsonMapper.builder().build();
        Set<HazardStatus> statuses = EnumSet.noneOf(HazardStatus.class);
        Set<String> decisions = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        int[] listedAndRemoved = new int[2];
        int[] refused = new int[1];
        Set<String> numbers = new HashSet<>();
        data.hazards(h -> {
            statuses.add(HazardStatus.valueOf(h.status()));
            years.add(h.discoveredOn().getYear());
            assertThat(h.discoveredOn()).isBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 11, 30));
            assertThat(numbers.add(h.number())).isTrue();
            JsonNode history = json.readTree(h.history());
            assertThat(history.get(0).get("to").asString()).isEqualTo("REPORTED");
            assertThat(history.get(history.size() - 1).get("to").asString()).isEqualTo(h.status());
            String previous = null;
            for (JsonNode step : history) {
                String from = step.get("from").isNull() ? null : step.get("from").asString();
                assertThat(from).isEqualTo(previous);
                if (from != null) {
                    assertThat(HazardStatus.valueOf(from).canMoveTo(HazardStatus.valueOf(step.get("to").asString())))
                            .isTrue();
                }
                if ("RECTIFIED".equals(from) && "RECTIFYING".equals(step.get("to").asString())) {
                    refused[0]++;
                }
                previous = step.get("to").asString();
            }
            for (JsonNode evidence : json.readTree(h.evidence())) {
                assertThat(evidence.get("attachments").get(0).get("sha256").asString()).matches("[0-9a-f]{64}");
            }
            json.readTree(h.extensions()).forEach(e -> decisions.add(e.get("decision").asString()));
            for (JsonNode listing : json.readTree(h.listings())) {
                listedAndRemoved[listing.get("removedOn").isNull() ? 0 : 1]++;
            }
        });

        assertThat(statuses).containsExactlyInAnyOrder(HazardStatus.values());
        assertThat(years).containsExactlyInAnyOrder(2023, 2024, 2025, 2026);
        assertThat(decisions).containsExactlyInAnyOrder("APPROVED", "REJECTED");
        assertThat(listedAndRemoved[0]).as("listings in force").isPositive();
        assertThat(listedAndRemoved[1]).as("listings removed with the write-off or cancellation").isPositive();
        assertThat(refused[0]).as("acceptances refused").isPositive();
        assertThat(data.numberSequences).isNotEmpty();
    }

    @Test
    void every_hazard_restores_as_the_hazards_module_reads_it_and_major_ones_enter_the_stock() {
        BenchmarkData data = BenchmarkData.generate(BenchmarkData.Size.SMALL, BenchmarkData.DEFAULT_SEED, "653000",
                INDUSTRIES);
        JsonMapper json = JsonMapper.builder().build();
        int[] inStock = new int[1];
        data.hazards(h -> {
            MajorHazard hazard = BenchmarkHazards.restore(h, json);
            assertThat(hazard.currentDeadline().orElse(null)).isEqualTo(h.currentDeadline());
            assertThat(hazard.isListed()).isEqualTo(h.listed());
            boolean major = HazardLevel.MAJOR.name().equals(h.level());
            assertThat(HazardStockLine.of(HazardFact.of(hazard), BenchmarkData.ZONE, LocalDate.of(2024, 3, 31)))
                    .as(h.number()).matches(line -> line.isPresent() == major);
            if (major) {
                inStock[0]++;
            }
        });
        assertThat(inStock[0]).isGreaterThan(BenchmarkData.Size.SMALL.hazards / 2);
    }

    @Test
    void inspections_tip_offs_and_training_records_restore_as_their_modules_read_them() {
        BenchmarkData data = BenchmarkData.generate(BenchmarkData.Size.SMALL, BenchmarkData.DEFAULT_SEED, "653000",
                INDUSTRIES);
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        Map<UUID, Boolean> enterprises = new HashMap<>();
        data.enterprises.forEach(e -> enterprises.put(e.id(), e.highRisk()));
        Map<UUID, Integer> inspected = new HashMap<>();
        Map<UUID, Integer> reported = new HashMap<>();
        Map<UUID, Integer> trained = new HashMap<>();
        Set<UUID> ids = new HashSet<>();
        int[] inspections = new int[3];
        data.inspections(row -> {
            assertThat(ids.add(row.id())).isTrue();
            assertThat(enterprises).containsKey(row.enterpriseId());
            inspected.merge(row.enterpriseId(), 1, Integer::sum);
            Inspection inspection = Inspection.restore(json.readValue(row.document(), Inspection.Snapshot.class));
            assertThat(inspection.id().value()).isEqualTo(row.id());
            assertThat(inspection.closed()).isEqualTo(row.closed());
            assertThat(inspection.inspectedOn()).isEqualTo(row.inspectedOn())
                    .isBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 11, 30));
            inspections[0]++;
            inspections[1] += row.closed() ? 1 : 0;
            inspections[2] += inspection.findings().size();
        });
        Set<TipOffStatus> statuses = EnumSet.noneOf(TipOffStatus.class);
        int[] tipOffs = new int[2];
        data.tipOffs(row -> {
            assertThat(ids.add(row.id())).isTrue();
            ObjectNode document = (ObjectNode) json.readTree(row.document());
            assertThat(document.has("reporter")).as("the reporter is never in the document").isFalse();
            if (row.reporter() != null) {
                document.set("reporter", json.valueToTree(row.reporter()));
            }
            TipOff tipOff = TipOff.restore(json.treeToValue(document, TipOff.Snapshot.class));
            assertThat(tipOff.status().name()).isEqualTo(row.status());
            assertThat(tipOff.receivedAt()).isEqualTo(row.receivedAt()).isBefore(BenchmarkData.NOW);
            assertThat(row.updatedAt()).isBefore(BenchmarkData.NOW);
            statuses.add(tipOff.status());
            reported.merge(row.enterpriseId(), 1, Integer::sum);
            tipOffs[0]++;
            tipOffs[1] += row.reporter() == null ? 1 : 0;
        });
        Set<TraineeRole> roles = EnumSet.noneOf(TraineeRole.class);
        int[] training = new int[1];
        data.trainingRecords(row -> {
            assertThat(ids.add(row.id())).isTrue();
            assertThat(row.maskedName()).matches("\\p{IsHan}\\*+");
            assertThat(row.idLastDigits()).matches("\\d{3}[0-9X]");
            assertThat(row.endedOn()).isBeforeOrEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(row.recordedAt()).isBefore(BenchmarkData.NOW);
            roles.add(TraineeRole.valueOf(row.role()));
            trained.merge(row.enterpriseId(), 1, Integer::sum);
            training[0]++;
        });

        int count = BenchmarkData.Size.SMALL.enterprises;
        enterprises.forEach((id, highRisk) -> {
            assertThat(inspected.getOrDefault(id, 0)).as("inspections of an enterprise")
                    .isBetween(highRisk ? 2 : 0, highRisk ? 5 : 2);
            assertThat(reported.getOrDefault(id, 0)).as("tip-offs about an enterprise").isBetween(0, 2);
            assertThat(trained.getOrDefault(id, 0)).as("training records of an enterprise")
                    .isBetween(highRisk ? 4 : 2, highRisk ? 16 : 10);
        });
        assertThat(inspections[1]).as("closed inspections").isGreaterThan(inspections[0] * 9 / 10);
        assertThat(inspections[2]).as("findings").isPositive();
        assertThat(tipOffs[0]).as("tip-offs").isBetween(count / 20, count / 5);
        assertThat(tipOffs[1]).as("anonymous tip-offs").isBetween(tipOffs[0] / 5, tipOffs[0] * 3 / 5);
        assertThat(statuses).contains(TipOffStatus.RECEIVED, TipOffStatus.ACCEPTED, TipOffStatus.ASSIGNED,
                TipOffStatus.VERIFIED, TipOffStatus.CLOSED);
        assertThat(training[0]).as("training records").isBetween(2 * count, 16 * count);
        assertThat(roles).containsExactlyInAnyOrder(TraineeRole.PRINCIPAL, TraineeRole.SAFETY_MANAGER,
                TraineeRole.SPECIAL_OPERATION_WORKER, TraineeRole.HIGH_RISK_STAFF,
                TraineeRole.FIRE_SAFETY_RESPONSIBLE);
    }

    private static String digest(BenchmarkData data) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        data.jurisdictions.forEach(j -> sha.update(j.toString().getBytes(StandardCharsets.UTF_8)));
        data.enterprises.forEach(e -> sha.update(e.toString().getBytes(StandardCharsets.UTF_8)));
        data.hazards(h -> sha.update(h.toString().getBytes(StandardCharsets.UTF_8)));
        data.inspections(i -> sha.update(i.toString().getBytes(StandardCharsets.UTF_8)));
        data.tipOffs(t -> sha.update(t.toString().getBytes(StandardCharsets.UTF_8)));
        data.trainingRecords(t -> sha.update(t.toString().getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }
}
