package org.zhiben.platform.web.ui;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.InvalidValueException;

/**
 * Puts a refusal of the domain onto a form: an invalid value next to the field it names (when the form has such a
 * field), any other refusal (a rule, something not found) as a message for the whole form. The message code is the
 * domain's, so the text comes from the module's message bundle in the user's language.
 *
 * <p>A page reading a form as typed converts each value with {@link #field}, so that every wrong value is marked
 * next to its own field at once, not only the first.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(DomainException refusal, BindingResult result) {
        reject(refusal, result, Map.of());
    }

    /**
     * Puts a refusal on a form whose fields are not named as the domain names them: {@code formFields} gives the form
     * field for a refusal's code or for the field an invalid value names. A refusal it does not place goes next to the
     * form's field of the domain's name, when there is one, else to the whole form.
     */
    public static void reject(DomainException refusal, BindingResult result, Map<String, String> formFields) {
        reject(refusal, result, formFields, refusal.arguments().toArray());
    }

    /** As {@link #reject(DomainException, BindingResult, Map)}, with the message's arguments as the page words them. */
    public static void reject(DomainException refusal, BindingResult result, Map<String, String> formFields,
                              Object[] arguments) {
        String domainField = refusal instanceof InvalidValueException invalid ? invalid.field() : null;
        String field = formFields.getOrDefault(refusal.code(),
                domainField == null ? null : formFields.getOrDefault(domainField, domainField));
        if (field != null && result.getFieldType(field) != null) {
            result.rejectValue(field, refusal.code(), arguments, refusal.getMessage());
        } else {
            result.reject(refusal.code(), arguments, refusal.getMessage());
        }
    }

    /**
     * The value, or null with the refusal marked on the form: next to the field the refusal names (when the form has
     * such a field), else next to {@code field}, in the words of the message bundles. A missing value reads "required"
     * ({@code NotBlank}), not the API's field key. A field already marked keeps its first message.
     */
    public static <T> T field(BindingResult result, String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException invalid) {
            String target = invalid.field() != null && result.getFieldType(invalid.field()) != null
                    ? invalid.field() : field;
            if (result.hasFieldErrors(target)) {
                return null;
            }
            if ("validation.required".equals(invalid.code())) {
                result.rejectValue(target, "NotBlank", invalid.getMessage());
            } else {
                result.rejectValue(target, invalid.code(), invalid.arguments().toArray(), invalid.getMessage());
            }
            return null;
        }
    }
}
