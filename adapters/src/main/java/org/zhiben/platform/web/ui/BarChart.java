package org.zhiben.platform.web.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart of shares (done of due per line, e.g. trained of required per county) drawn as inline SVG by
 * the fragment {@code charts :: bar-chart(chart)}: a labelled image ({@code role="img"}, a title and a description
 * that says every figure) beside the table that holds the same figures, so a screen reader misses nothing and the
 * page needs no script. Geometry is computed here, in SVG user units.
 *
 * @param id          the element id of the figure (its title and description ids derive from it)
 * @param title       the chart's title, shown as the figure's caption
 * @param description every figure in words, for assistive technology
 * @param bars        one bar per line, in order
 * @param height      the drawing's height
 */
public record BarChart(String id, String title, String description, List<Bar> bars, int height) {

    public static final int WIDTH = 640;
    static final int LABEL_WIDTH = 180;
    static final int TRACK_WIDTH = 330;
    static final int ROW_HEIGHT = 36;
    static final int BAR_HEIGHT = 20;

    /**
     * One line: its label, the part done and the whole due, the value text beside the bar, and the geometry of the
     * track (the whole) and the bar (the share done).
     */
    public record Bar(String label, int done, int due, String valueText, int y, int textY, int trackX,
            int trackWidth, int barWidth, int valueX) {
    }

    /** A line of figures to chart. */
    public record Line(String label, int done, int due, String valueText) {
    }

    public static BarChart of(String id, String title, String description, List<Line> lines) {
        List<Bar> bars = new ArrayList<>();
        int y = 8;
        for (Line line : lines) {
            int width = line.due() <= 0 ? 0 : (int) Math.round((double) TRACK_WIDTH * Math.min(line.done(), line.due())
                    / line.due());
            bars.add(new Bar(line.label(), line.done(), line.due(), line.valueText(), y, y + BAR_HEIGHT - 5,
                    LABEL_WIDTH, TRACK_WIDTH, width, LABEL_WIDTH + TRACK_WIDTH + 10));
            y += ROW_HEIGHT;
        }
        return new BarChart(id, title, description, List.copyOf(bars), Math.max(y, ROW_HEIGHT));
    }

    public int width() {
        return WIDTH;
    }

    public int labelX() {
        return LABEL_WIDTH - 8;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + height;
    }
}
