package org.zhiben.reporting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.hazards.HazardStockFigures;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 附表1 as a unit submitted it: read back from the frozen JSON of a revision (written by
 * {@code reporting.persistence.StockTableContents}), with the names of the unit, jurisdictions and industries as they
 * read when it was generated and every figure as it was frozen. Nothing is looked up again, so it shows exactly as
 * submitted whatever happened to the hazards since.
 *
 * @param unit     the reporting unit's code
 * @param unitName its name as frozen
 */
public record FrozenStockTable(YearMonth month, String unit, String unitName, LocalDate stockFoundOnOrBefore,
        List<Line> rows, HazardStockFigures total) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One line: a jurisdiction in an industry, codes and names as frozen, and its figures. */
    public record Line(String jurisdiction, String jurisdictionName, String industry, String industryName,
            HazardStockFigures figures) {
    }

    public FrozenStockTable {
        rows = List.copyOf(rows);
    }

    /** The table frozen in {@code content}; refused ({@link IllegalArgumentException}) if it is no 附表1. */
    public static FrozenStockTable parse(String content) {
        try {
            JsonNode document = JSON.readTree(content);
            List<Line> rows = new ArrayList<>();
            for (JsonNode row : document.get("rows")) {
                rows.add(new Line(row.get("jurisdiction").asString(), row.get("jurisdictionName").asString(),
                        row.get("industry").asString(), row.get("industryName").asString(), figures(row)));
            }
            return new FrozenStockTable(YearMonth.parse(document.get("month").asString()),
                    document.get("unit").asString(), document.get("unitName").asString(),
                    LocalDate.parse(document.get("stockFoundOnOrBefore").asString()), rows,
                    figures(document.get("total")));
        } catch (JacksonException | NullPointerException | java.time.DateTimeException malformed) {
            throw new IllegalArgumentException("not a frozen 附表1", malformed);
        }
    }

    private static HazardStockFigures figures(JsonNode f) {
        Map<DiscoveryChannel, Long> channels = new EnumMap<>(DiscoveryChannel.class);
        JsonNode byChannel = f.get("newByChannel");
        for (DiscoveryChannel channel : DiscoveryChannel.values()) {
            JsonNode count = byChannel.get(channel.name());
            channels.put(channel, count == null || count.isNull() ? 0L : count.asLong());
        }
        JsonNode rate = f.get("rectificationRate");
        return new HazardStockFigures(f.get("openingStock").asLong(), f.get("openingFoundByBaseline").asLong(),
                channels, f.get("writtenOff").asLong(), f.get("cancelled").asLong(), f.get("closingStock").asLong(),
                f.get("closingOverdue").asLong(), f.get("closingListed").asLong(),
                rate == null || rate.isNull() ? null : new BigDecimal(rate.asString()));
    }
}
