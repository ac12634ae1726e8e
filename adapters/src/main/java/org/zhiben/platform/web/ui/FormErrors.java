package org.zhiben.platform.web.ui;

import org.springframework.validation.BindingResult;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.InvalidValueException;

/**
 * Puts a refusal of the domain onto a form: an invalid value next to the field it names (when the form has such a
 * field), any other refusal (a rule, something not found) as a message for the whole form. The message code is the
 * domain's, so the text comes from the module's message bundle in the user's language.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(DomainException refusal, BindingResult result) {
        Object[] arguments = refusal.arguments().toArray();
        if (refusal instanceof InvalidValueException invalid && invalid.field() != null
                && result.getFieldType(invalid.field()) != null) {
            result.rejectValue(invalid.field(), refusal.code(), arguments, refusal.getMessage());
        } else {
            result.reject(refusal.code(), arguments, refusal.getMessage());
        }
    }
}
