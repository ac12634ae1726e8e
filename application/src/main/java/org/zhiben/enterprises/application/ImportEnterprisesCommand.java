package org.zhiben.enterprises.application;

import java.util.List;
import java.util.function.Consumer;
import org.zhiben.enterprises.EnterpriseImportRow;
import org.zhiben.shared.Require;

/**
 * Import enterprises from the parsed rows of a sheet, in file order. The rows may be read while the import runs (a
 * file read as a stream, never held in memory as a whole): the import hands each row on as it comes.
 */
public record ImportEnterprisesCommand(Rows rows) {

    /** The rows of a sheet, handed on one by one in file order; read once, by the import. */
    @FunctionalInterface
    public interface Rows {

        void forEach(Consumer<? super EnterpriseImportRow> row);
    }

    public ImportEnterprisesCommand {
        Require.notNull(rows, "rows");
    }

    /** Rows already in memory. */
    public ImportEnterprisesCommand(List<EnterpriseImportRow> rows) {
        this(List.copyOf(Require.notNull(rows, "rows"))::forEach);
    }
}
