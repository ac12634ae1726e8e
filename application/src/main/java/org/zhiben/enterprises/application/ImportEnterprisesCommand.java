package org.zhiben.enterprises.application;

import java.util.List;
import org.zhiben.enterprises.EnterpriseImportRow;
import org.zhiben.shared.Require;

/** Import enterprises from the parsed rows of a sheet, in file order. */
public record ImportEnterprisesCommand(List<EnterpriseImportRow> rows) {

    public ImportEnterprisesCommand {
        rows = List.copyOf(Require.notNull(rows, "rows"));
    }
}
