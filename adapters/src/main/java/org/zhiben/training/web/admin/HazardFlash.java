package org.zhiben.training.web.admin;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.hazards.HazardIntake;
import org.zhiben.training.application.RegisterUnqualifiedPersonnel;

/**
 * What a page shows after registering an unqualified person as a major hazard: the hazard registered, under which
 * standard and clause, with its link; or the hazards module's refusal in the reader's language.
 */
final class HazardFlash {

    private HazardFlash() {
    }

    /** The hazard registered, as the pages show it (the standard by its message key, the clause number). */
    record Created(String hazardId, String standard, String clause) {
    }

    static void show(RegisterUnqualifiedPersonnel.Registration registration, RedirectAttributes redirect) {
        HazardIntake.Answer answer = registration.answer();
        if (answer.isAccepted()) {
            redirect.addFlashAttribute("hazardCreated", new Created(answer.hazardId().value().toString(),
                    "training.hazard.standard." + registration.clause().standardCode(),
                    registration.clause().clauseNumber()));
        } else {
            redirect.addFlashAttribute("failure", answer.refusalCode());
            redirect.addFlashAttribute("failureArguments", answer.arguments().toArray());
        }
    }
}
