package org.zhiben.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.UnitCode;

class PrincipleTest {

    @Test
    @DisplayName("“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”“谁主管谁负责、谁审批谁负责、谁举办谁负责”"
            + "“谁主管谁牵头、谁为主谁牵头、谁靠近谁牵头”")
    void the_plan_quotes_three_families_of_three_principles_in_its_own_words() {
        assertThat(Arrays.stream(Principle.values())
                .filter(p -> p.family() != PrincipleFamily.SUPPLEMENTARY)
                .map(Principle::labelZh))
                .containsExactly("管行业必须管安全", "管业务必须管安全", "管生产经营必须管安全",
                        "谁主管谁负责", "谁审批谁负责", "谁举办谁负责",
                        "谁主管谁牵头", "谁为主谁牵头", "谁靠近谁牵头");
    }

    @Test
    void only_the_leadership_principles_decide_a_lead() {
        assertThat(Arrays.stream(Principle.values()).filter(Principle::decidesLead))
                .containsExactly(Principle.COMPETENT_LEADS, Principle.MAIN_ROLE_LEADS, Principle.CLOSEST_LEADS);
        assertThatThrownBy(() -> new DecidedLead(UnitCode.of("EMB"), Principle.SUPERVISION_DUTY))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void only_the_final_undecided_step_of_a_trace_has_no_principle() {
        assertThatThrownBy(() -> new TraceStep(1, null, TraceStep.Outcome.DECIDED, "说明", "why", null))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new TraceStep(1, Principle.CLOSEST_LEADS, TraceStep.Outcome.UNDECIDED, "说明", "why",
                null)).isInstanceOf(InvalidValueException.class);
    }
}
