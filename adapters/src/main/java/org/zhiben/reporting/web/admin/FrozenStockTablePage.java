package org.zhiben.reporting.web.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.DiscoveryChannel;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.reporting.web.FrozenStockTable;
import org.zhiben.reporting.web.StockTableExports;

/**
 * What the submission pages need to show a 附表1 as the form (template {@code reporting-frozen/stock-table}): the
 * frozen content read back, the heading's texts as the export writes them, the rate as a percentage, and the names as
 * frozen (in English the English names where they are known).
 */
@Component("frozenStockTables")
public class FrozenStockTablePage {

    private final StockTableExports exports;
    private final Jurisdictions jurisdictions;
    private final Industries industries;

    FrozenStockTablePage(StockTableExports exports, Jurisdictions jurisdictions, Industries industries) {
        this.exports = exports;
        this.jurisdictions = jurisdictions;
        this.industries = industries;
    }

    /** The 附表1 frozen in a content; {@code null} when the content is none (nothing generated yet). */
    public FrozenStockTable parse(String content) {
        if (content == null || content.isBlank()) {
            return null;
        }
        return FrozenStockTable.parse(content);
    }

    public List<DiscoveryChannel> channels() {
        return List.of(DiscoveryChannel.values());
    }

    /** 其中2023年及以前, as the form's heading writes the baseline. */
    public String baseline(LocalDate day) {
        return exports.baseline(day);
    }

    /** 2025年10月. */
    public String month(YearMonth month) {
        return exports.month(month);
    }

    /** 33.3%, or — when there was nothing to rectify. */
    public String rate(BigDecimal rate) {
        return rate == null ? "—" : rate.toPlainString() + "%";
    }

    public String jurisdiction(FrozenStockTable.Line line) {
        if (!UiFormats.english()) {
            return line.jurisdictionName();
        }
        Map<String, String> names = new HashMap<>();
        jurisdictions.findAll().forEach(j -> names.put(j.code().value(), j.nameEn()));
        return names.getOrDefault(line.jurisdiction(), line.jurisdictionName());
    }

    public String industry(FrozenStockTable.Line line) {
        if (!UiFormats.english()) {
            return line.industryName();
        }
        Map<String, String> names = new HashMap<>();
        industries.findAll().forEach(i -> names.put(i.code().value(), i.nameEn()));
        return names.getOrDefault(line.industry(), line.industryName());
    }
}
