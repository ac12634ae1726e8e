package org.zhiben.reporting.web.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The options of one ECharts chart, written as JSON into the chart's {@code data-chart} attribute, which the one
 * static script {@code /js/dashboard.js} hands to ECharts (no inline script: the content security policy forbids
 * them). Tooltips render as rich text on the canvas, never as HTML with inline styles, which the policy would refuse.
 */
final class EChartOptions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<String> categories;
    private final boolean horizontal;
    private final List<Map<String, Object>> series = new ArrayList<>();
    private String valueSuffix;
    private Integer valueMax;
    private List<String> colors;

    private EChartOptions(List<String> categories, boolean horizontal) {
        this.categories = List.copyOf(categories);
        this.horizontal = horizontal;
    }

    /** Bars or lines over these categories, drawn upright (categories along the bottom). */
    static EChartOptions columns(List<String> categories) {
        return new EChartOptions(categories, false);
    }

    /** Bars over these categories, drawn lying (categories down the left side, for long names). */
    static EChartOptions rows(List<String> categories) {
        return new EChartOptions(categories, true);
    }

    EChartOptions bars(String name, List<? extends Number> values) {
        return add("bar", name, values, null);
    }

    EChartOptions stackedBars(String name, List<? extends Number> values) {
        return add("bar", name, values, "total");
    }

    EChartOptions line(String name, List<? extends Number> values) {
        return add("line", name, values, null);
    }

    /** The colours of the series, in their order (where their meaning has a colour, e.g. overdue in red). */
    EChartOptions colors(List<String> colors) {
        this.colors = List.copyOf(colors);
        return this;
    }

    /** The value axis reads in percent, from 0 to 100. */
    EChartOptions percent() {
        this.valueSuffix = "%";
        this.valueMax = 100;
        return this;
    }

    private EChartOptions add(String type, String name, List<? extends Number> values, String stack) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("type", type);
        one.put("name", name);
        one.put("data", values);
        if (stack != null) {
            one.put("stack", stack);
        }
        if ("bar".equals(type)) {
            one.put("barMaxWidth", 28);
        }
        series.add(one);
        return this;
    }

    String json() {
        Map<String, Object> category = new LinkedHashMap<>();
        category.put("type", "category");
        category.put("data", categories);
        if (horizontal) {
            category.put("inverse", true);
        } else {
            // every category named, long names broken over lines rather than left out
            category.put("axisLabel", Map.of("interval", 0, "width", 96, "overflow", "break"));
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", "value");
        value.put("minInterval", 1);
        if (valueMax != null) {
            value.put("max", valueMax);
        }
        if (valueSuffix != null) {
            value.put("axisLabel", Map.of("formatter", "{value}" + valueSuffix));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        if (colors != null) {
            option.put("color", colors);
        }
        option.put("aria", Map.of("enabled", false));
        option.put("tooltip", Map.of("trigger", "axis", "renderMode", "richText", "confine", true));
        option.put("legend", Map.of("top", 0, "type", "scroll"));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 36, "bottom", 8, "containLabel", true));
        option.put(horizontal ? "yAxis" : "xAxis", category);
        option.put(horizontal ? "xAxis" : "yAxis", value);
        option.put("series", series);
        return JSON.writeValueAsString(option);
    }
}
