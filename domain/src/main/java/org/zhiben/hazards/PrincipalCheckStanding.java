package org.zhiben.hazards;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.zhiben.shared.Require;

/**
 * Whether an enterprise was doing the principal's periodic checks on a day (the penalty rule's "不自查" reads it): a
 * check is expected in the window from the start of the period before the day's period up to the day.
 *
 * @param required     whether the rule applied on the day
 * @param frequency    the frequency asked on the day; null when not required
 * @param examinedFrom the first day of the window looked at
 * @param examinedTo   the day itself
 * @param lastCheckOn  the latest check made on or before the day, or null
 */
public record PrincipalCheckStanding(boolean required, CheckFrequency frequency, LocalDate examinedFrom,
        LocalDate examinedTo, LocalDate lastCheckOn) {

    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    public PrincipalCheckStanding {
        Require.notNull(examinedTo, "examinedTo");
        if (required) {
            Require.notNull(frequency, "frequency");
            Require.notNull(examinedFrom, "examinedFrom");
        }
    }

    /** No version of the rule applied on {@code day}. */
    public static PrincipalCheckStanding notRequired(LocalDate day) {
        return new PrincipalCheckStanding(false, null, null, day, null);
    }

    /** The enterprise did not check as required: no check in the window looked at. */
    public boolean missed() {
        return required && (lastCheckOn == null || lastCheckOn.isBefore(examinedFrom));
    }

    /** The fact in Chinese, for the trace of a decision. */
    public String describe() {
        if (!required) {
            return "主要负责人定期检查：" + CHINESE.format(examinedTo) + "无检查要求";
        }
        String window = CHINESE.format(examinedFrom) + "至" + CHINESE.format(examinedTo);
        return "主要负责人定期检查（" + frequency.label() + "）：" + window
                + (missed() ? "未开展" + (lastCheckOn == null ? "" : "（最近一次" + CHINESE.format(lastCheckOn) + "）")
                        : "已开展（最近一次" + CHINESE.format(lastCheckOn) + "）");
    }
}
