package org.zhiben.enforcement;

import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * A discretion band (裁量基准) of an article: the situation it covers and the range of fine it allows.
 *
 * @param code        a stable code, e.g. {@code AQSCF-102-A}
 * @param articleCode the article the band belongs to
 */
public record DiscretionBand(String code, String articleCode, String situation, Money minFine, Money maxFine) {

    public DiscretionBand {
        code = Require.maxLength(Require.notBlank(code, "code"), 40, "code");
        articleCode = Require.notBlank(articleCode, "articleCode");
        situation = Require.maxLength(Require.notBlank(situation, "situation"), 500, "situation");
        Require.notNull(minFine, "minFine");
        Require.notNull(maxFine, "maxFine");
        if (minFine.isGreaterThan(maxFine)) {
            throw new InvalidValueException("minFine", "enforcement.band.min-above-max",
                    "the band's minimum fine must not exceed its maximum", minFine, maxFine);
        }
    }

    /** Whether {@code fine} lies within the band. */
    public boolean allows(Money fine) {
        return !minFine.isGreaterThan(fine) && !fine.isGreaterThan(maxFine);
    }
}
