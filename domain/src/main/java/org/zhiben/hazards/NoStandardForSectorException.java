package org.zhiben.hazards;

import java.time.LocalDate;

import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.NotFoundException;

/**
 * No determination standard and no key inspection items are in force for the sector on the day: a finding there can
 * only be recorded as a general hazard (一般隐患), not determined as a major one. Maps to HTTP 404 with its own message.
 */
public class NoStandardForSectorException extends NotFoundException {

    public NoStandardForSectorException(IndustryCode sector, String sectorName, LocalDate day) {
        super("hazard.standard.none-for-sector",
                "no determination standard is in force for the sector " + sector + " on " + day,
                "determination-standard", sector + "@" + day, sectorName, day.toString());
    }
}
