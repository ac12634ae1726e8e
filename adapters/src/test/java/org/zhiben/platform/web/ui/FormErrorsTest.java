package org.zhiben.platform.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.RuleViolationException;

/**
 * The one way every page puts a wrong value next to its field: a missing value reads "required", any other refusal
 * keeps the domain's message code and arguments, on the field the refusal names when the form has it, else on the
 * field being read; a field already marked keeps its first message. A refusal put on a form whose fields are named
 * otherwise goes next to the field the page names for its code or its domain field, else to the whole form.
 */
class FormErrorsTest {

    @Test
    void a_good_value_is_returned_and_nothing_is_marked() {
        BindingResult result = result();

        assertThat(FormErrors.field(result, "name", () -> RequestValues.requiredText("  孙悟空 ", "name")))
                .isEqualTo("孙悟空");
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void a_missing_value_is_marked_required_next_to_its_field() {
        BindingResult result = result();

        assertThat(FormErrors.field(result, "name", () -> RequestValues.requiredText(" ", "name"))).isNull();
        LocalDate startedOn = FormErrors.field(result, "startedOn", () -> RequestValues.required(null, "startedOn"));
        assertThat(startedOn).isNull();

        assertThat(result.getFieldError("name").getCode()).isEqualTo("NotBlank");
        assertThat(result.getFieldError("startedOn").getCode()).isEqualTo("NotBlank");
        assertThat(result.getGlobalErrorCount()).isZero();
    }

    @Test
    void a_refusal_keeps_its_code_and_arguments_on_the_field_it_names_when_the_form_has_it() {
        BindingResult result = result();

        FormErrors.field(result, "name", () -> {
            throw new InvalidValueException("endedOn", "training.record.ends-before-start", "ends before it starts",
                    LocalDate.of(2024, 3, 1));
        });
        FormErrors.field(result, "startedOn", () -> {
            throw new InvalidValueException("trainee.name", "training.name.too-long", "too long", 50);
        });

        FieldError ended = result.getFieldError("endedOn");
        assertThat(ended.getCode()).isEqualTo("training.record.ends-before-start");
        assertThat(ended.getArguments()).containsExactly(LocalDate.of(2024, 3, 1));
        assertThat(result.getFieldError("startedOn").getCode()).isEqualTo("training.name.too-long");
        assertThat(result.hasFieldErrors("name")).isFalse();
    }

    @Test
    void a_field_already_marked_keeps_its_first_message() {
        BindingResult result = result();

        FormErrors.field(result, "name", () -> RequestValues.requiredText(null, "name"));
        FormErrors.field(result, "name", () -> {
            throw new InvalidValueException("name", "training.name.too-long", "too long", 50);
        });

        assertThat(result.getFieldErrors("name")).singleElement()
                .satisfies(error -> assertThat(error.getCode()).isEqualTo("NotBlank"));
    }

    @Test
    void a_refusal_that_is_not_about_a_value_is_not_swallowed() {
        assertThatThrownBy(() -> FormErrors.field(result(), "name", () -> {
            throw new IllegalStateException("not a wrong value");
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_refusal_goes_next_to_the_form_field_named_for_its_code_or_for_the_domain_field() {
        BindingResult result = result();
        Map<String, String> formFields = Map.of("training.record.ends-before-start", "endedOn",
                "trainee.name", "name");

        FormErrors.reject(new RuleViolationException("training.record.ends-before-start", "ends before it starts"),
                result, formFields);
        FormErrors.reject(new InvalidValueException("trainee.name", "training.name.too-long", "too long", 50),
                result, formFields);
        FormErrors.reject(new InvalidValueException("startedOn", "training.date.in-future", "in the future"),
                result, formFields);

        assertThat(result.getFieldError("endedOn").getCode()).isEqualTo("training.record.ends-before-start");
        assertThat(result.getFieldError("name").getCode()).isEqualTo("training.name.too-long");
        assertThat(result.getFieldError("name").getArguments()).containsExactly(50);
        assertThat(result.getFieldError("startedOn").getCode()).as("a domain field the form has").isEqualTo(
                "training.date.in-future");
        assertThat(result.getGlobalErrorCount()).isZero();
    }

    @Test
    void a_refusal_the_form_has_no_field_for_is_a_message_for_the_whole_form_with_the_pages_arguments() {
        BindingResult result = result();

        FormErrors.reject(new InvalidValueException("unit", "enforcement.dishonesty.not-deciding-unit", "not yours",
                "ZJ-01"), result, Map.of("trainee.name", "name"), new Object[] {"州住房和城乡建设局"});
        FormErrors.reject(new InvalidValueException("endedOn", "training.record.ends-before-start", "ends first"),
                result, Map.of("endedOn", "nowhere"));

        assertThat(result.getFieldErrorCount()).isZero();
        assertThat(result.getGlobalErrors()).extracting(error -> error.getCode()).containsExactly(
                "enforcement.dishonesty.not-deciding-unit", "training.record.ends-before-start");
        assertThat(result.getGlobalErrors().get(0).getArguments()).containsExactly("州住房和城乡建设局");
    }

    private static BindingResult result() {
        return new BeanPropertyBindingResult(new Form(), "form");
    }

    /** A form as typed, like the pages' forms. */
    public static class Form {

        private String name;
        private String startedOn;
        private String endedOn;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getStartedOn() {
            return startedOn;
        }

        public void setStartedOn(String startedOn) {
            this.startedOn = startedOn;
        }

        public String getEndedOn() {
            return endedOn;
        }

        public void setEndedOn(String endedOn) {
            this.endedOn = endedOn;
        }
    }
}
