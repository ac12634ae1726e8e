package org.zhiben.enforcement;

import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * One measure of a penalty decision: its kind, against whom, the fine for {@link MeasureKind#FINE} (in fen, none
 * otherwise) and what it says in detail (e.g. the period of a suspension).
 */
public record PenaltyMeasure(MeasureKind kind, PenaltyParty party, Money fine, String detail) {

    public PenaltyMeasure {
        Require.notNull(kind, "kind");
        Require.notNull(party, "party");
        if (kind == MeasureKind.FINE && (fine == null || fine.fen() == 0)) {
            throw new InvalidValueException("fine", "enforcement.measure.fine-required",
                    "a fine needs an amount above zero");
        }
        if (kind != MeasureKind.FINE && fine != null) {
            throw new InvalidValueException("fine", "enforcement.measure.fine-only-for-fines",
                    "only a fine has an amount", kind.label());
        }
        detail = detail == null || detail.isBlank() ? null : Require.maxLength(detail.strip(), 500, "detail");
    }

    public static PenaltyMeasure fine(PenaltyParty party, Money amount) {
        return new PenaltyMeasure(MeasureKind.FINE, party, amount, null);
    }

    public static PenaltyMeasure of(MeasureKind kind, PenaltyParty party, String detail) {
        return new PenaltyMeasure(kind, party, null, detail);
    }
}
