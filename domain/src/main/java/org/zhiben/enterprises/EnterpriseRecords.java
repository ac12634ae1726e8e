package org.zhiben.enterprises;

import java.util.List;
import java.util.UUID;

/**
 * What another module keeps about an enterprise, shown on the enterprise's page (e.g. its hazards). The enterprises
 * module does not depend on those modules: they implement this port, and the page lists what every implementation
 * gives, each inside the caller's data scope.
 */
public interface EnterpriseRecords {

    /**
     * The records of the enterprise that the caller may see, under a title (a message code); empty when the caller may
     * not read such records at all.
     */
    java.util.Optional<Section> of(UUID enterpriseId);

    /** A titled list of records; {@code titleCode} and each line's {@code stateCode} are message codes. */
    record Section(String id, String titleCode, List<Line> lines) {

        public Section {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }

    /**
     * One record: the reference people quote (e.g. a hazard number), a short text, its state (a message code), the
     * date it is due or was dated on (ISO, may be null) and where to read it.
     */
    record Line(String reference, String text, String stateCode, java.time.LocalDate date, String link) {
    }
}
