package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.JurisdictionCode;

class PersonalDataRedactionTest {

    @Test
    @DisplayName("典型案例隐去个人信息：举报人不具名，姓名保留姓氏，电话隐去中间四位，身份证号码整体隐去")
    void a_typical_case_is_published_without_personal_data() {
        TypicalCase published = TypicalCase.publish(TypicalCase.Source.TIP_OFF, UUID.randomUUID(),
                "钱举报举报张三违规动火",
                "举报人钱举报（qian.jubao@example.cn，13698765432）反映：企业负责人张三（身份证号码65302219800101123X，"
                        + "电话13800000000，办公电话0908-4221234）组织夜间违规动火。",
                new ReporterIdentity("钱举报", "qian.jubao@example.cn"), List.of("张三", "李四"),
                JurisdictionCode.of("653022"), "EMB", LocalDate.of(2026, 12, 2));

        assertThat(published.title()).isEqualTo("举报人举报张*违规动火");
        assertThat(published.account()).contains("举报人（***，136****5432）", "张*", "138****0000", "090****1234",
                PersonalDataRedaction.ID_NUMBER_REMOVED)
                .doesNotContain("钱举报", "qian.jubao", "13698765432", "张三", "65302219800101123X", "13800000000",
                        "0908-4221234");
    }

    @Test
    void an_e_mail_keeps_its_first_character_and_domain_and_a_fifteen_digit_id_number_is_removed() {
        assertThat(PersonalDataRedaction.redact("联系 wang.wu@example.cn，证件 653022800101123", null, List.of()))
                .isEqualTo("联系 w***@example.cn，证件 " + PersonalDataRedaction.ID_NUMBER_REMOVED);
    }
}
