package org.zhiben.hazards;

import java.util.UUID;
import org.zhiben.shared.DomainEvent;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * What every event of a hazard says, so that read models (附表1, dashboards) can be built from events alone: which
 * hazard, which enterprise, where, in which sector and at which level ({@code null} before the level is determined).
 * Events carry no personal data: no names, no free-text reasons.
 */
public interface HazardEvent extends DomainEvent {

    HazardId hazardId();

    UUID enterpriseId();

    JurisdictionCode jurisdiction();

    IndustryCode industry();

    HazardLevel level();
}
