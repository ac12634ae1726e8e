package org.zhiben.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Values that a spreadsheet would run as a formula are written as text; the rest are written as they are. */
class SpreadsheetCellsTest {

    @Test
    void formulas_are_neutralised() {
        assertThat(SpreadsheetCells.neutralised("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(SpreadsheetCells.neutralised("+86 139")).isEqualTo("'+86 139");
        assertThat(SpreadsheetCells.neutralised("-1+1")).isEqualTo("'-1+1");
        assertThat(SpreadsheetCells.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.neutralised("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void ordinary_values_are_unchanged_and_quoted_as_csv_needs() {
        assertThat(SpreadsheetCells.neutralised("阿图什市示例化工有限公司")).isEqualTo("阿图什市示例化工有限公司");
        assertThat(SpreadsheetCells.csvLine(List.of("a", "b,c", "say \"hi\"", "=1")))
                .isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",'=1\r\n");
    }
}
