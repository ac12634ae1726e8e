package org.zhiben.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhiben.enterprises.UnifiedSocialCreditCode;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.DeadlineExtension;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardFinding;
import org.zhiben.hazards.HazardId;
import org.zhiben.hazards.HazardLevel;
import org.zhiben.hazards.HazardNumber;
import org.zhiben.hazards.HazardStatus;
import org.zhiben.hazards.HazardTransition;
import org.zhiben.hazards.Listing;
import org.zhiben.hazards.ListingLevel;
import org.zhiben.hazards.MajorHazard;
import org.zhiben.hazards.RectificationEvidence;
import org.zhiben.hazards.RectificationPlan;
import org.zhiben.reporting.HazardFact;
import org.zhiben.reporting.HazardStockLine;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;
import tools.jackson.core.type.TypeReference;
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
            List<Listing> listings = new ArrayList<>();
            for (JsonNode l : json.readTree(h.listings())) {
                listings.add(new Listing(ListingLevel.valueOf(l.get("level").asString()),
                        UnitCode.of(l.get("supervisingUnit").asString()), UnitCode.of(l.get("responsibleUnit").asString()),
                        LocalDate.parse(l.get("listedOn").asString()), LocalDate.parse(l.get("deadline").asString()),
                        l.get("removedOn").isNull() ? null : LocalDate.parse(l.get("removedOn").asString()),
                        l.get("removalReason").isNull() ? null : l.get("removalReason").asString(),
                        LocalDate.parse(l.get("deadlineAsListed").asString())));
            }
            MajorHazard hazard = MajorHazard.restore(new MajorHazard.Snapshot(new HazardId(h.id()),
                    new HazardFinding(h.enterpriseId(), JurisdictionCode.of(h.jurisdiction()),
                            IndustryCode.of(h.industry()), h.location(), h.description(), h.discoveredOn(),
                            h.discoveredBy(), DiscoveryChannel.valueOf(h.channel()), h.sourceReference(), List.of()),
                    h.level() == null ? null : HazardLevel.valueOf(h.level()),
                    h.clauseNumber() == null ? null : new ClauseReference(BenchmarkData.CLAUSE_STANDARD,
                            h.clauseNumber()),
                    h.level() == null ? null : BenchmarkData.CLAUSE_STANDARD,
                    h.plan() == null ? null : json.readValue(h.plan(), RectificationPlan.class),
                    json.readValue(h.evidence(), new TypeReference<List<RectificationEvidence>>() { }),
                    HazardStatus.valueOf(h.status()), h.version(),
                    json.readValue(h.history(), new TypeReference<List<HazardTransition>>() { }),
                    json.readValue(h.extensions(), new TypeReference<List<DeadlineExtension>>() { }), listings,
                    List.of(), null, new HazardNumber(h.number())));
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

    private static String digest(BenchmarkData data) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        data.jurisdictions.forEach(j -> sha.update(j.toString().getBytes(StandardCharsets.UTF_8)));
        data.enterprises.forEach(e -> sha.update(e.toString().getBytes(StandardCharsets.UTF_8)));
        data.hazards(h -> sha.update(h.toString().getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }
}
