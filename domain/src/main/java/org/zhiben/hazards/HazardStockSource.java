package org.zhiben.hazards;

import java.time.LocalDate;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;

/**
 * Where the hazards' pages and API read 附表1 (自治州事故隐患动态存量统计表) from: a read model kept by another module
 * from the hazards' events (reporting's monthly stock figures). Hazards declares it so that it never depends on
 * the module that answers it.
 */
public interface HazardStockSource {

    /**
     * 附表1 for the period from {@code from} to {@code to}, both included, counting only the major hazards inside
     * {@code scope}, optionally limited to one jurisdiction and/or one industry ({@code null} = all).
     */
    HazardStock stock(LocalDate from, LocalDate to, JurisdictionCode jurisdiction, IndustryCode industry,
            DataScope scope);
}
