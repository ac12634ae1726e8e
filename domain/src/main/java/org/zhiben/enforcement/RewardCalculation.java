package org.zhiben.enforcement;

import org.zhiben.shared.Require;

/** A reward computed by a version of the reward rules: the amount, the rules cited and how it was computed. */
public record RewardCalculation(Money amount, String rules, String explanation) {

    public RewardCalculation {
        Require.notNull(amount, "amount");
        Require.notBlank(rules, "rules");
        Require.notBlank(explanation, "explanation");
    }
}
