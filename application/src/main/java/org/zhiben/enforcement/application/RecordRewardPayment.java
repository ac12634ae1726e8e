package org.zhiben.enforcement.application;

import java.time.LocalDate;
import org.zhiben.enforcement.Money;
import org.zhiben.enforcement.RewardPayment;
import org.zhiben.enforcement.TipOff;
import org.zhiben.shared.InvalidValueException;

/**
 * 奖金发放: records the payment of an approved reward: the day (not in the future) and the payment reference; when the
 * amount paid is given, it is the amount approved.
 */
public class RecordRewardPayment {

    public static final String ACTION = "tip-off.paid";

    private final EnforcementStore store;

    public RecordRewardPayment(EnforcementStore store) {
        this.store = store;
    }

    public TipOff execute(TipOffTarget target, LocalDate paidOn, String reference) {
        return execute(target, paidOn, reference, null);
    }

    /** As {@link #execute(TipOffTarget, LocalDate, String)}, checking {@code amount} against the approved reward. */
    public TipOff execute(TipOffTarget target, LocalDate paidOn, String reference, Money amount) {
        TipOff tipOff = TipOffSteps.load(store, target);
        Money approved = tipOff.reward().map(r -> r.amount()).orElse(null);
        if (amount != null && approved != null && !amount.equals(approved)) {
            throw new InvalidValueException("amount", "enforcement.reward.paid-differs",
                    "the amount paid is the amount approved",
                    java.math.BigDecimal.valueOf(approved.fen(), 2).toPlainString());
        }
        if (paidOn != null && paidOn.isAfter(store.today())) {
            throw new InvalidValueException("paidOn", "enforcement.date.in-future", "the date cannot be in the future",
                    paidOn);
        }
        tipOff.recordPayment(new RewardPayment(paidOn, reference), store.caller(), store.now());
        return TipOffSteps.stored(store, tipOff, ACTION, "paidOn=" + paidOn + ";amountFen="
                + tipOff.reward().orElseThrow().amount().fen());
    }
}
