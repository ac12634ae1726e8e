package org.zhiben.enforcement.application;

import java.time.LocalDate;
import org.zhiben.enforcement.DishonestyListPeriods;
import org.zhiben.enforcement.DishonestyListing;
import org.zhiben.enforcement.DishonestyListingId;
import org.zhiben.enforcement.DishonestySituation;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.shared.Require;

/**
 * 告知: starts a listing on the serious-dishonesty list from a decided case inside the caller's scope, for one of the
 * nine situations, by the unit that made the penalty decision (谁处罚、谁决定、谁负责); the objection period runs from
 * the notice.
 */
public class NotifyDishonestyListing {

    public static final String ACTION = "dishonesty-listing.notified";

    /** The decided case, the situation, the person listed with the enterprise (may be null) and the notice day. */
    public record Command(PenaltyCaseId caseId, DishonestySituation situation, String personName, LocalDate on) {

        public Command {
            Require.notNull(caseId, "caseId");
            Require.notNull(situation, "situation");
        }
    }

    private final EnforcementStore store;

    public NotifyDishonestyListing(EnforcementStore store) {
        this.store = store;
    }

    public DishonestyListing execute(Command command) {
        PenaltyCase decided = store.penaltyCase(command.caseId());
        LocalDate notifiedOn = ListingSteps.notInFuture(store, command.on(), "notifiedOn");
        DishonestyListing listing = DishonestyListing.notify(DishonestyListingId.newId(), decided,
                command.situation(), command.personName(),
                DishonestyListPeriods.inForceOn(store.rules().dishonestyPeriods(), notifiedOn).rules(), notifiedOn,
                store.caller());
        return ListingSteps.stored(store, listing, ACTION, null, "case=" + command.caseId() + ";situation="
                + command.situation() + ";person=" + listing.personName().isPresent());
    }
}
