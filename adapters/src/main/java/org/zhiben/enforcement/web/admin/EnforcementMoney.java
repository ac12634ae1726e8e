package org.zhiben.enforcement.web.admin;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How the enforcement pages write amounts of money kept in fen: in yuan with the currency sign, grouping and two
 * decimals (¥1,234.00). Templates use it as {@code @enfMoney}.
 */
@Component("enfMoney")
public class EnforcementMoney {

    /** The amount in yuan as written on the pages, e.g. ¥1,234.00; empty for no amount. */
    public String yuan(Long fen) {
        if (fen == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.CHINA));
        return format.format(BigDecimal.valueOf(fen, 2));
    }

    /** The amount as typed in a form field, in yuan with two decimals (1234.00). */
    public String input(Long fen) {
        return fen == null ? "" : BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
