package org.zhiben.enforcement.application;

import java.util.UUID;
import org.zhiben.enforcement.ReporterIdentity;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.TipOffChannel;
import org.zhiben.enforcement.TipOffId;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.Require;

/**
 * Receives a tip-off from the intake form or a bureau's hotline system: anonymous, or with the reporter's identity
 * (protected: it is stored encrypted and never enters the audit trail or the events); an insider (吹哨人) is marked.
 * The tip-off concerns an enterprise inside the caller's scope, or a jurisdiction inside it when no enterprise is known.
 */
public class ReceiveTipOff {

    public static final String ACTION = "tip-off.received";

    /**
     * @param reporterName    {@code null} for an anonymous tip-off
     * @param jurisdiction    where the matter is, when no registered enterprise is named
     * @param enterpriseName  the enterprise as the reporter named it, when no registered enterprise is named
     */
    public record Command(TipOffChannel channel, String matter, UUID enterpriseId, String enterpriseName,
            JurisdictionCode jurisdiction, String reporterName, String reporterContact, boolean insider) {

        public Command {
            Require.notNull(channel, "channel");
            if (enterpriseId == null) {
                Require.notNull(jurisdiction, "jurisdiction");
            }
        }

        public Command(TipOffChannel channel, String matter, UUID enterpriseId, JurisdictionCode jurisdiction,
                String reporterName, String reporterContact, boolean insider) {
            this(channel, matter, enterpriseId, null, jurisdiction, reporterName, reporterContact, insider);
        }

        @Override
        public String toString() {
            return "ReceiveTipOff.Command[channel=" + channel + ", enterpriseId=" + enterpriseId + "]";
        }
    }

    private final EnforcementStore store;

    public ReceiveTipOff(EnforcementStore store) {
        this.store = store;
    }

    public TipOff execute(Command command) {
        JurisdictionCode jurisdiction = command.jurisdiction();
        IndustryCode industry = null;
        if (command.enterpriseId() != null) {
            Enterprise enterprise = store.enterpriseToActOn(command.enterpriseId());
            jurisdiction = enterprise.jurisdiction();
            industry = enterprise.industry();
        } else if (!store.inScope(jurisdiction, null, null)) {
            throw new AccessRefusedException("the jurisdiction lies outside the caller's data scope");
        }
        ReporterIdentity reporter = command.reporterName() == null || command.reporterName().isBlank() ? null
                : new ReporterIdentity(command.reporterName(), command.reporterContact());
        TipOff stored = store.store(TipOff.receive(TipOffId.newId(), command.channel(), command.matter(),
                command.enterpriseId(), command.enterpriseName(), jurisdiction, industry, reporter, command.insider(),
                store.caller(), store.now()));
        store.audit(TipOff.ENTITY, stored.id(), ACTION, null, "channel=" + stored.channel() + ";anonymous="
                + stored.anonymous() + ";insider=" + stored.insider() + ";jurisdiction=" + jurisdiction.value());
        return stored;
    }
}
