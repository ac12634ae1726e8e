package org.zhiben.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.UnitCode;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a generated {@link BenchmarkData.Hazard} row back as the hazards module restores a stored hazard. */
final class BenchmarkHazards {

    private BenchmarkHazards() {
    }

    static MajorHazard restore(BenchmarkData.Hazard h, JsonMapper json) {
        List<Listing> listings = new ArrayList<>();
        for (JsonNode l : json.readTree(h.listings())) {
            listings.add(new Listing(ListingLevel.valueOf(l.get("level").asString()),
                    UnitCode.of(l.get("supervisingUnit").asString()), UnitCode.of(l.get("responsibleUnit").asString()),
                    LocalDate.parse(l.get("listedOn").asString()), LocalDate.parse(l.get("deadline").asString()),
                    l.get("removedOn").isNull() ? null : LocalDate.parse(l.get("removedOn").asString()),
                    l.get("removalReason").isNull() ? null : l.get("removalReason").asString(),
                    LocalDate.parse(l.get("deadlineAsListed").asString())));
        }
        return MajorHazard.restore(new MajorHazard.Snapshot(new HazardId(h.id()),
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
    }
}
