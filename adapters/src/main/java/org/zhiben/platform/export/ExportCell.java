package org.zhiben.platform.export;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One typed cell of an exported table's body. A spreadsheet stores numbers, percentages and dates as such (so they can
 * be summed and sorted) and text as text; a PDF shows each of them written as the pages write them.
 */
public sealed interface ExportCell {

    /** Text, written as it is (in a spreadsheet with formulas neutralised). */
    record Text(String value) implements ExportCell {
        public Text {
            value = value == null ? "" : value;
        }
    }

    /** A number with a fixed count of decimals: 0 for counts, 2 for yuan. */
    record Number(BigDecimal value, int decimals) implements ExportCell {
        public Number {
            if (value == null) {
                throw new IllegalArgumentException("a number cell needs a value; use ExportCell.empty()");
            }
            if (decimals < 0 || decimals > 6) {
                throw new IllegalArgumentException("decimals must be 0 to 6: " + decimals);
            }
        }
    }

    /** A share, kept as the fraction (0.853) and shown as a percentage (85.3%) with the given decimals. */
    record Percent(BigDecimal fraction, int decimals) implements ExportCell {
        public Percent {
            if (fraction == null) {
                throw new IllegalArgumentException("a percent cell needs a value; use ExportCell.empty()");
            }
            if (decimals < 0 || decimals > 4) {
                throw new IllegalArgumentException("decimals must be 0 to 4: " + decimals);
            }
        }
    }

    /** A day, shown as 2026年12月2日. */
    record Day(LocalDate value) implements ExportCell {
        public Day {
            if (value == null) {
                throw new IllegalArgumentException("a day cell needs a value; use ExportCell.empty()");
            }
        }
    }

    /** Nothing to show. */
    record Empty() implements ExportCell {
    }

    static ExportCell text(String value) {
        return new Text(value);
    }

    static ExportCell count(long value) {
        return new Number(BigDecimal.valueOf(value), 0);
    }

    static ExportCell number(BigDecimal value, int decimals) {
        return value == null ? empty() : new Number(value, decimals);
    }

    /** An amount kept in fen, as yuan with two decimals. */
    static ExportCell yuanFromFen(long fen) {
        return new Number(BigDecimal.valueOf(fen, 2), 2);
    }

    static ExportCell percent(BigDecimal fraction, int decimals) {
        return fraction == null ? empty() : new Percent(fraction, decimals);
    }

    static ExportCell day(LocalDate value) {
        return value == null ? empty() : new Day(value);
    }

    static ExportCell empty() {
        return new Empty();
    }
}
