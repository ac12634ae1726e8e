package org.zhiben.enforcement;

import java.util.UUID;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.JurisdictionCode;

/** What every event of an inspection says; no personal names. */
public interface InspectionEvent extends DomainEvent {

    InspectionId inspectionId();

    UUID enterpriseId();

    JurisdictionCode jurisdiction();
}
