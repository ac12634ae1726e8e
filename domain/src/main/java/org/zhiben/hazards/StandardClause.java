package org.zhiben.hazards;

import org.zhiben.shared.Require;

/**
 * One clause (条款) of a determination standard: a situation that, when found, is a major hazard.
 *
 * @param number the clause number within its standard, e.g. {@code 2} for （二）
 * @param group  the heading the clause stands under in the document, or null
 * @param text   the clause text, verbatim
 */
public record StandardClause(String number, String group, String text) {

    public StandardClause {
        number = Require.maxLength(Require.notBlank(number, "clause.number"), 20, "clause.number");
        group = group == null || group.isBlank() ? null : Require.maxLength(group.strip(), 200, "clause.group");
        text = Require.maxLength(Require.notBlank(text, "clause.text"), 4000, "clause.text");
    }
}
