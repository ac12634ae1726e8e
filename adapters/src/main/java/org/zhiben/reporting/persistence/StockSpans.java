package org.zhiben.reporting.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhiben.reporting.HazardStockLine.DaySpan;

/** Day spans stored as text: {@code from/until;from/until}, {@code until} empty while the span is open. */
final class StockSpans {

    private StockSpans() {
    }

    static String write(List<DaySpan> spans) {
        StringBuilder text = new StringBuilder();
        for (DaySpan span : spans) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(span.from()).append('/').append(span.until() == null ? "" : span.until());
        }
        return text.toString();
    }

    static List<DaySpan> read(String text) {
        List<DaySpan> spans = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return spans;
        }
        for (String part : text.split(";")) {
            int slash = part.indexOf('/');
            String until = part.substring(slash + 1);
            spans.add(new DaySpan(LocalDate.parse(part.substring(0, slash)),
                    until.isEmpty() ? null : LocalDate.parse(until)));
        }
        return spans;
    }
}
