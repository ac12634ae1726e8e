package org.zhiben.enterprises;

import java.util.List;
import org.zhiben.shared.Require;

/**
 * What an {@link EnterpriseImport} decided: the report for the user, and the new or changed enterprises to store.
 */
public record EnterpriseImportResult(ImportReport report, List<Enterprise> toSave) {

    public EnterpriseImportResult {
        Require.notNull(report, "report");
        toSave = List.copyOf(Require.notNull(toSave, "toSave"));
    }
}
