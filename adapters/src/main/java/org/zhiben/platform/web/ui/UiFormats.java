package org.zhiben.platform.web.ui;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the pages write dates, times and numbers, by the language of the request: Chinese conventions in Chinese
 * (2025年6月1日, 2025年6月1日 08:30:00), ISO 8601 in English (2025-06-01, 2025-06-01 08:30:00); numbers with the
 * grouping of the locale. Times are shown in the campaign's time zone. Templates use it as {@code @fmt}.
 */
@Component("fmt")
public class UiFormats {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter CHINESE_DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss");
    private static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Clock clock;

    public UiFormats(Clock clock) {
        this.clock = clock;
    }

    public static boolean english() {
        return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return english() ? DateTimeFormatter.ISO_LOCAL_DATE.format(date) : CHINESE_DATE.format(date);
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(clock.getZone());
        return english() ? ISO_DATE_TIME.format(local) : CHINESE_DATE_TIME.format(local);
    }

    /** An amount kept in fen, in yuan with two decimals and the locale's grouping: 80,000.00 元 (CNY 80,000.00). */
    public static String yuanFromFen(long fen) {
        NumberFormat format = NumberFormat.getNumberInstance(english() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        String amount = format.format(java.math.BigDecimal.valueOf(fen, 2));
        return english() ? "CNY " + amount : amount + " 元";
    }

    public String number(Number number) {
        if (number == null) {
            return "";
        }
        return NumberFormat.getIntegerInstance(english() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE).format(number);
    }

    /** The text in the language of the request: the English one in English, the Chinese one otherwise. */
    public String pick(String chinese, String english) {
        return english() && english != null ? english : chinese;
    }

    /** Today, in the campaign's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
