package org.zhiben.hazards.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;

/** A standard's YAML is read strictly: impossible dates and repeated fields are refused, not silently changed. */
class StandardDocumentStrictnessTest {

    private static String document(String effectiveFrom, String extra) {
        return """
                code: CHEM-2030
                title: 化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（假设修订）
                document_number: 假设〔2030〕1号
                issuer: 应急管理部
                effective_from: %s
                sectors:
                - hazardous-chemicals
                %sclauses:
                - number: '1'
                  group: null
                  text: 条款。
                """.formatted(effectiveFrom, extra);
    }

    private static StandardDocument parse(String yaml) {
        return StandardDocument.parse(yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_valid_date_is_read_as_written() {
        assertThat(parse(document("2030-02-28", "")).command().effectiveFrom()).isEqualTo(LocalDate.of(2030, 2, 28));
    }

    @Test
    void the_thirtieth_of_february_is_refused_not_moved_to_march() {
        assertThatThrownBy(() -> parse(document("2024-02-30", "")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("effective_from");
                    assertThat(e.code()).isEqualTo("hazard.standard.yaml.not-a-date");
                });
    }

    @Test
    void the_year_zero_is_refused_not_stored_as_a_day_of_the_year_minus_one() {
        assertThatThrownBy(() -> parse(document("0000-01-01", "")).toStandard())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("hazard.standard.effective-date.out-of-range"));
    }

    @Test
    void a_field_written_twice_is_refused() {
        assertThatThrownBy(() -> parse(document("2030-01-01", "title: 第二个标题\n")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.code()).isEqualTo("hazard.standard.yaml.duplicate-key");
                });
    }
}
