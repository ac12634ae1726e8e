package org.zhiben.enforcement;

import java.time.LocalDate;
import org.zhiben.shared.Require;

/** A transfer of a case to the judiciary (行刑衔接): when, to which organ, and why. */
public record JudicialTransfer(LocalDate transferredOn, String receivingOrgan, String reason) {

    public JudicialTransfer {
        Require.notNull(transferredOn, "transferredOn");
        receivingOrgan = Require.maxLength(Require.notBlank(receivingOrgan, "receivingOrgan"), 200, "receivingOrgan");
        reason = Require.maxLength(Require.notBlank(reason, "reason"), 2000, "reason");
    }
}
