package org.zhiben.campaign.persistence;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiben.campaign.CampaignTarget;
import org.zhiben.campaign.CampaignTargets;
import org.zhiben.campaign.TargetMeasure;

/**
 * The campaign targets as loaded into the {@code campaign} schema by
 * {@link CampaignReferenceData}. They change only through that migration at start-up, so they are read once and kept
 * in memory.
 */
@Component
class CampaignTargetsAdapter implements CampaignTargets {

    private final JdbcClient jdbc;
    private volatile List<CampaignTarget> targets;

    CampaignTargetsAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CampaignTarget> findAll() {
        List<CampaignTarget> loaded = targets;
        if (loaded == null) {
            loaded = jdbc.sql("""
                            SELECT code, due, text, measure, measured_on, found_on_or_before, at_most
                            FROM campaign.campaign_target ORDER BY sort_order""")
                    .query((rs, n) -> new CampaignTarget(rs.getString("code"), rs.getObject("due", LocalDate.class),
                            rs.getString("text"), enumOrNull(TargetMeasure.class, rs.getString("measure")),
                            rs.getObject("measured_on", LocalDate.class),
                            rs.getObject("found_on_or_before", LocalDate.class),
                            (Integer) rs.getObject("at_most")))
                    .list();
            targets = List.copyOf(loaded);
        }
        return loaded;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
