package org.zhiben.enforcement;

import java.util.List;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.HazardId;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.Require;

/**
 * One item of an inspection's checklist, from the determination standard in force for the enterprise's sector or its
 * key inspection items, as marked by the inspector. A finding cites a clause; once handed to the hazards module it
 * carries the hazard it became, or why the hazards module refused it.
 *
 * @param code            the item's code in the checklist
 * @param text            what is checked
 * @param clause          the clause a finding cites; {@code null} unless {@link ChecklistMark#FINDING}
 * @param note            what the inspector saw
 * @param hazard          the hazard the finding became
 * @param hazardRefusal   why the hazards module refused the finding (its message, for a developer)
 * @param hazardRefusalCode the message code of the refusal, by which it is shown in the reader's language
 * @param hazardRefusalArguments the refusal's message arguments
 */
public record ChecklistItem(String code, String text, ChecklistMark mark, ClauseReference clause, String note,
        HazardId hazard, String hazardRefusal, String hazardRefusalCode, List<String> hazardRefusalArguments) {

    public ChecklistItem {
        code = Require.maxLength(Require.notBlank(code, "code"), 40, "code");
        text = Require.maxLength(Require.notBlank(text, "text"), 500, "text");
        mark = mark == null ? ChecklistMark.UNMARKED : mark;
        note = note == null || note.isBlank() ? null : Require.maxLength(note.strip(), 2000, "note");
        hazardRefusalArguments = hazardRefusalArguments == null ? List.of() : List.copyOf(hazardRefusalArguments);
        if (mark == ChecklistMark.FINDING && clause == null) {
            throw new InvalidValueException("clause", "enforcement.inspection.finding-needs-clause",
                    "a finding cites a clause of the determination standard", code);
        }
        if (mark != ChecklistMark.FINDING && (clause != null || hazard != null || hazardRefusal != null)) {
            throw new InvalidValueException("clause", "enforcement.inspection.clause-only-for-findings",
                    "only a finding cites a clause or becomes a hazard", code);
        }
    }

    /** An unmarked item. */
    public static ChecklistItem of(String code, String text) {
        return new ChecklistItem(code, text, ChecklistMark.UNMARKED, null, null, null, null, null, List.of());
    }

    public boolean isFinding() {
        return mark == ChecklistMark.FINDING;
    }
}
