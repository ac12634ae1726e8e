package org.zhiben.hazards.storage;

import org.zhiben.hazards.HazardNumber;
import org.zhiben.shared.JurisdictionCode;

/**
 * Hands out hazard numbers (隐患编号): per jurisdiction and year, the next in sequence. Safe when registrations run at
 * the same time: two never get the same number. A number is taken for good, outside the registration's transaction,
 * so that registrations do not wait for each other's commit: one whose registration fails (refused, rolled back) is
 * not handed out again, and leaves a gap in the sequence.
 */
public interface HazardNumbering {

    HazardNumber next(JurisdictionCode jurisdiction, int year);
}
