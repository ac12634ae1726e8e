package org.zhiben.hazards.storage;

import org.zhiben.hazards.HazardNumber;
import org.zhiben.shared.JurisdictionCode;

/**
 * Hands out hazard numbers (隐患编号): per jurisdiction and year, the next in sequence. Safe when registrations run at
 * the same time: two never get the same number, and a number taken by a registration that is rolled back is handed
 * out again (the count belongs to the registration's transaction).
 */
public interface HazardNumbering {

    HazardNumber next(JurisdictionCode jurisdiction, int year);
}
