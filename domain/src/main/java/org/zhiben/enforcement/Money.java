package org.zhiben.enforcement;

import org.zhiben.shared.InvalidValueException;

/** An amount of money in integer fen (分), never negative: 1 yuan = 100 fen. */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public Money {
        if (fen < 0) {
            throw new InvalidValueException("amount", "enforcement.money.negative",
                    "an amount of money must not be negative: " + fen, fen);
        }
    }

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100L));
    }

    /** {@code basisPoints}/10,000 of this amount, rounded half up to the fen (1,500 basis points = 15 %). */
    public Money percentage(int basisPoints) {
        return new Money(Math.addExact(Math.multiplyExact(fen, basisPoints), 5_000L) / 10_000L);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(fen, factor));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isGreaterThan(Money other) {
        return fen > other.fen;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    /** As the pages show it: 3000.00 元. */
    @Override
    public String toString() {
        return String.format("%d.%02d元", fen / 100, fen % 100);
    }
}
