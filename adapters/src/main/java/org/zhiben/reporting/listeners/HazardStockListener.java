package org.zhiben.reporting.listeners;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhiben.hazards.HazardEvent;
import org.zhiben.reporting.application.KeepStockFigures;

/**
 * Feeds the monthly stock read model (附表1) from every event of the hazards module. A Spring Modulith listener: the
 * event arrives after the hazard's transaction has committed, from the event publication registry, in a transaction
 * of its own; a failed delivery is kept and delivered again. An event delivered twice changes nothing the second time.
 */
@Component
class HazardStockListener {

    private final KeepStockFigures keep;

    HazardStockListener(KeepStockFigures keep) {
        this.keep = keep;
    }

    @ApplicationModuleListener
    void on(HazardEvent event) {
        keep.on(event);
    }
}
