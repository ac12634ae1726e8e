package org.zhiben.enforcement;

import java.time.LocalDate;
import org.zhiben.shared.Require;

/** The payment record of an approved reward: the day and the payment reference (e.g. the voucher number). */
public record RewardPayment(LocalDate paidOn, String reference) {

    public RewardPayment {
        Require.notNull(paidOn, "paidOn");
        reference = Require.maxLength(Require.notBlank(reference, "reference"), 100, "reference");
    }
}
