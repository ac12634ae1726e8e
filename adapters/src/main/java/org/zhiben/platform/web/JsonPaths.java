package org.zhiben.platform.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/** The field of a JSON body that could not be read, spelt as the request spells it ({@code involvements[2].unit}). */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(TextChecks.truncate(reference.getPropertyName(), ApiProblems.MAX_ECHOED));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Whether a number was refused: a fraction for a whole number, or one too large for the field. */
    static boolean numeric(DatabindException e) {
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            Class<?> target = format.getTargetType();
            return Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class
                    && target != char.class);
        }
        return e.getCause() instanceof InputCoercionException;
    }
}
