package org.zhiben.enterprises.application;

import java.util.List;
import org.zhiben.enterprises.EnterpriseImportRow;
import org.zhiben.identity.DataScope;
import org.zhiben.shared.Require;

/**
 * Import enterprises from the parsed rows of a sheet, in file order, changing only enterprises inside {@code scope}
 * (the importer's data scope); rows outside it are refused.
 */
public record ImportEnterprisesCommand(List<EnterpriseImportRow> rows, DataScope scope) {

    public ImportEnterprisesCommand {
        rows = List.copyOf(Require.notNull(rows, "rows"));
        Require.notNull(scope, "scope");
    }

    /** An import by someone who may change every enterprise of the prefecture. */
    public ImportEnterprisesCommand(List<EnterpriseImportRow> rows) {
        this(rows, DataScope.wholePrefecture());
    }
}
