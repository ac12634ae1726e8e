package org.zhiben.identity.web.admin;

import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zhiben.identity.Role;
import org.zhiben.identity.security.SecurityCurrentActors;
import org.zhiben.identity.security.SignedInUser;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.web.ErrorDispatch;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.shared.UnitCode;

/**
 * Who is signed in, for the header of every page: the display name (the account name as its tooltip), the name of the unit they work for and their
 * roles. Absent (null) on the pages shown before signing in.
 */
@ControllerAdvice(annotations = PageController.class, assignableTypes = ErrorDispatch.class)
class SignedInModel {

    private final SecurityCurrentActors caller;
    private final MemberUnits units;
    private final PeopleNames people;

    SignedInModel(SecurityCurrentActors caller, MemberUnits units, PeopleNames people) {
        this.caller = caller;
        this.units = units;
        this.people = people;
    }

    @ModelAttribute("signedIn")
    SignedIn signedIn() {
        return caller.signedInUser().map(this::describe).orElse(null);
    }

    private SignedIn describe(SignedInUser user) {
        String unitName = user.unit() == null ? null : units.findByCode(UnitCode.of(user.unit()))
                .map(unit -> UiFormats.english() ? unit.nameEn() : unit.shortName())
                .orElse(user.unit());
        List<String> roles = user.roles().stream().map(Role::valueOf)
                .map(role -> UiFormats.english() ? role.englishLabel() : role.chineseLabel())
                .toList();
        return new SignedIn(user.username(), people.name(user.username()), unitName, roles);
    }

    /** The signed-in user as the header shows them: by their display name. */
    public record SignedIn(String username, String displayName, String unitName, List<String> roles) {
    }
}
