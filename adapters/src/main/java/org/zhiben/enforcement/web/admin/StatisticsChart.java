package org.zhiben.enforcement.web.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * A grouped bar chart drawn on the server as SVG: for each group (a unit, a jurisdiction, a month) one bar per series,
 * on a scale from zero to a round maximum with gridlines. The template draws it from the geometry computed here; the
 * table below it on the page holds the same figures for whoever does not see the chart.
 */
record StatisticsChart(int width, int height, int plotLeft, int plotTop, int plotWidth, int plotHeight,
        List<Tick> ticks, List<Group> groups, List<String> seriesNames) {

    private static final int PLOT_LEFT = 48;
    private static final int PLOT_TOP = 16;
    private static final int PLOT_HEIGHT = 220;
    private static final int LABEL_SPACE = 56;
    private static final int GROUP_WIDTH = 96;
    private static final int BAR_WIDTH = 22;

    /** A gridline and its value. */
    record Tick(int y, long value) {
    }

    /** A bar of one series. */
    record Bar(int series, int x, int y, int width, int height, long value) {
    }

    /** The bars of one group and its label, centred under them. */
    record Group(String label, int labelX, List<Bar> bars) {
    }

    /** One series of values, one value per group (in the order of the labels). */
    record Series(String name, List<Long> values) {
    }

    static StatisticsChart of(List<String> labels, List<Series> series) {
        long max = series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max().orElse(0);
        long top = roundUp(Math.max(max, 1));
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            long value = top * i / 4;
            ticks.add(new Tick(PLOT_TOP + PLOT_HEIGHT - (int) (PLOT_HEIGHT * value / top), value));
        }
        List<Group> groups = new ArrayList<>();
        int barsWidth = BAR_WIDTH * series.size();
        for (int g = 0; g < labels.size(); g++) {
            int left = PLOT_LEFT + g * GROUP_WIDTH + (GROUP_WIDTH - barsWidth) / 2;
            List<Bar> bars = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                long value = series.get(s).values().get(g);
                int barHeight = (int) Math.round(PLOT_HEIGHT * (double) value / top);
                bars.add(new Bar(s, left + s * BAR_WIDTH, PLOT_TOP + PLOT_HEIGHT - barHeight, BAR_WIDTH - 4,
                        barHeight, value));
            }
            groups.add(new Group(labels.get(g), PLOT_LEFT + g * GROUP_WIDTH + GROUP_WIDTH / 2, bars));
        }
        int plotWidth = Math.max(labels.size(), 1) * GROUP_WIDTH;
        return new StatisticsChart(PLOT_LEFT + plotWidth + 8, PLOT_TOP + PLOT_HEIGHT + LABEL_SPACE, PLOT_LEFT,
                PLOT_TOP, plotWidth, PLOT_HEIGHT, ticks, groups, series.stream().map(Series::name).toList());
    }

    /** The smallest of 4, 8, 20, 40, 80, 200, … (divisible by the 4 gridlines) at least {@code value}. */
    private static long roundUp(long value) {
        long scale = 1;
        while (true) {
            for (long step : new long[] {4, 8, 20}) {
                if (step * scale >= value) {
                    return step * scale;
                }
            }
            scale *= 10;
        }
    }
}
