package org.zhiben.enterprises;

import java.util.ArrayList;
import java.util.List;
import org.zhiben.shared.Require;

/**
 * What an {@link EnterpriseImport} decided: the report for the user, the new enterprises to create and the stored
 * enterprises it changed.
 */
public record EnterpriseImportResult(ImportReport report, List<Enterprise> toCreate, List<Enterprise> toUpdate) {

    public EnterpriseImportResult {
        Require.notNull(report, "report");
        toCreate = List.copyOf(Require.notNull(toCreate, "toCreate"));
        toUpdate = List.copyOf(Require.notNull(toUpdate, "toUpdate"));
    }

    /** The enterprises to store: the new ones, then the changed ones. */
    public List<Enterprise> toSave() {
        List<Enterprise> all = new ArrayList<>(toCreate);
        all.addAll(toUpdate);
        return List.copyOf(all);
    }
}
