package org.zhiben.hazards;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.shared.Require;

/**
 * How other modules hand a finding to the major-hazard database and read a hazard's record (declared interface of the
 * hazards module): an inspection's finding (channel {@link DiscoveryChannel#SUPERVISORY_INSPECTION}, source = the
 * inspection) or a verified tip-off ({@link DiscoveryChannel#VERIFIED_TIP_OFF}, source = the tip-off). A finding is
 * registered for the caller, inside the caller's data scope, and determined against the standard in force; the answer
 * says whether it was accepted and, if not, why.
 */
public interface HazardIntake {

    /** A finding to register: the enterprise, what and where, when, how it was found and under which source. */
    record Report(UUID enterpriseId, String location, String description, LocalDate discoveredOn,
            DiscoveryChannel channel, String sourceReference, ClauseReference clause) {

        public Report {
            Require.notNull(enterpriseId, "enterpriseId");
            Require.notNull(discoveredOn, "discoveredOn");
            Require.notNull(channel, "channel");
            Require.notBlank(sourceReference, "sourceReference");
        }
    }

    /**
     * The hazards module's answer: the hazard registered, or the code and message of its refusal.
     *
     * @param arguments the refusal's message arguments, for a translated message
     */
    record Answer(HazardId hazardId, String refusalCode, String refusalMessage, List<Object> arguments) {

        public static Answer accepted(HazardId hazardId) {
            return new Answer(Require.notNull(hazardId, "hazardId"), null, null, List.of());
        }

        public static Answer refused(String code, String message, List<Object> arguments) {
            return new Answer(null, Require.notBlank(code, "code"), Require.notBlank(message, "message"),
                    arguments == null ? List.of() : List.copyOf(arguments));
        }

        public boolean isAccepted() {
            return hazardId != null;
        }
    }

    /** Registers the finding for the caller; never throws for a refusal of the hazards module, it answers it. */
    Answer report(Report report);

    /** The hazard with its full history, if it lies inside the caller's data scope. */
    Optional<MajorHazard> find(HazardId id);

    /** The hazards of an enterprise registered on or after {@code from} and on or before {@code to}. */
    List<MajorHazard> registeredAt(UUID enterpriseId, LocalDate from, LocalDate to);
}
