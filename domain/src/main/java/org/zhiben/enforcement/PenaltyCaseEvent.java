package org.zhiben.enforcement;

import java.util.UUID;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.JurisdictionCode;

/** What every event of a penalty case says; no personal names, no free text. */
public interface PenaltyCaseEvent extends DomainEvent {

    PenaltyCaseId caseId();

    UUID enterpriseId();

    JurisdictionCode jurisdiction();
}
