package org.zhiben.hazards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhiben.hazards.HazardFixtures.ENTERPRISE_USER;
import static org.zhiben.hazards.HazardFixtures.INSPECTOR;
import static org.zhiben.hazards.HazardFixtures.ZONE;
import static org.zhiben.hazards.HazardFixtures.at;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.UnitCode;

@DisplayName("挂牌督办随隐患而动: the listing follows the hazard")
class ListingFollowsHazardTest {

    private static final LocalDate DAY = LocalDate.of(2025, 5, 6);
    private static final UnitCode OFFICE = UnitCode.of("ACO");
    private static final UnitCode COUNTY = UnitCode.of("ARTUX_GOV");

    private static MajorHazard listedRectifying() {
        MajorHazard hazard = HazardFixtures.rectifying(DAY, DAY, DAY.plusDays(30));
        hazard.list(ListingLevel.PREFECTURE, OFFICE, COUNTY, DAY, DAY.plusDays(30), INSPECTOR, at(DAY));
        hazard.pullEvents();
        return hazard;
    }

    @Test
    @DisplayName("闭环销号后摘牌: writing a listed hazard off ends its listing on the day of the write-off")
    void the_write_off_ends_the_listing() {
        MajorHazard hazard = listedRectifying();
        HazardFixtures.closeLoop(hazard, DAY.plusDays(20), DAY.plusDays(25));

        assertThat(hazard.isListed()).isFalse();
        assertThat(hazard.listings()).singleElement().satisfies(l -> {
            assertThat(l.removedOn()).isEqualTo(DAY.plusDays(25));
            assertThat(l.removalReason()).isEqualTo(MajorHazard.LISTING_ENDED_BY_WRITE_OFF);
        });
        assertThat(hazard.isListedOn(DAY.plusDays(24))).isTrue();
        assertThat(hazard.isListedOn(DAY.plusDays(25))).isFalse();
        assertThat(hazard.pullEvents()).anySatisfy(e -> assertThat(e).isInstanceOf(HazardListingRemoved.class));
    }

    @Test
    void the_cancellation_ends_the_listing() {
        MajorHazard hazard = listedRectifying();
        hazard.cancel(INSPECTOR, at(DAY.plusDays(3)), ZONE, "Duplicate of another record");

        assertThat(hazard.isListed()).isFalse();
        assertThat(hazard.listings().get(0).removalReason()).isEqualTo(MajorHazard.LISTING_ENDED_BY_CANCELLATION);
    }

    @Test
    @DisplayName("批准延期后，挂牌督办期限随整改期限顺延")
    void an_approved_extension_moves_the_listing_deadline() {
        MajorHazard hazard = listedRectifying();
        hazard.requestDeadlineExtension(DAY.plusDays(75), ENTERPRISE_USER, at(DAY.plusDays(10)), "Parts on order");

        assertThat(hazard.listing().orElseThrow().deadline()).isEqualTo(DAY.plusDays(30));
        hazard.approveDeadlineExtension(INSPECTOR, at(DAY.plusDays(11)), null);

        Listing listing = hazard.listing().orElseThrow();
        assertThat(listing.deadline()).isEqualTo(DAY.plusDays(75)).isEqualTo(hazard.currentDeadline().orElseThrow());
        assertThat(listing.deadlineAsListed()).isEqualTo(DAY.plusDays(30));
        assertThat(listing.deadlineMoved()).isTrue();
    }

    @Test
    void a_rejected_extension_leaves_the_listing_deadline() {
        MajorHazard hazard = listedRectifying();
        hazard.requestDeadlineExtension(DAY.plusDays(75), ENTERPRISE_USER, at(DAY.plusDays(10)), "Parts on order");
        hazard.rejectDeadlineExtension(INSPECTOR, at(DAY.plusDays(11)), "No reason to wait");

        assertThat(hazard.listing().orElseThrow().deadline()).isEqualTo(DAY.plusDays(30));
        assertThat(hazard.listing().orElseThrow().deadlineMoved()).isFalse();
    }
}
