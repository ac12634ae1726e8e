package org.zhiben.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.UnitCode;

class AssignmentTest {

    private static final UnitCode JUSTICE = UnitCode.of("JUSTICE");

    @Test
    @DisplayName("7.自治州司法局 … 的合法性审核等 — an item partly lost in the original must say what is missing")
    void an_incomplete_assignment_needs_a_note_on_what_is_missing() {
        assertThatThrownBy(() -> new Assignment(7, JUSTICE, "……的合法性审核等", "… legality review, etc.",
                List.of("司法系统安全生产治本攻坚三年行动子方案"), true, " "))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("assignment.incompleteNote"));

        Assignment justice = new Assignment(7, JUSTICE, "……的合法性审核等", "… legality review, etc.",
                List.of("司法系统安全生产治本攻坚三年行动子方案"), true, "原文分页处缺失本项开头");
        assertThat(justice.incompleteNote()).isEqualTo("原文分页处缺失本项开头");
    }

    @Test
    @DisplayName("负责制定并实施…子方案 — every assigned unit writes at least one sub-plan")
    void an_assignment_without_a_sub_plan_is_refused() {
        assertThatThrownBy(() -> new Assignment(11, UnitCode.of("HOUSING"), "城镇燃气", "urban gas", List.of(),
                false, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("assignment.subPlans"));
    }
}
