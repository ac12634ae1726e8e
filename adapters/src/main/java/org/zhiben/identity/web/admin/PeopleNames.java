package org.zhiben.identity.web.admin;

import org.springframework.stereotype.Component;
import org.zhiben.identity.DisplayNames;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.shared.Actor;

/**
 * How the pages show a person: by their display name ({@code @people.name(username)} in the templates — timelines,
 * the audit trail, the header); the application itself is "系统" (System); an account name nobody has (a removed
 * account, an API client) is shown as it is.
 */
@Component("people")
public class PeopleNames {

    private final DisplayNames displayNames;

    PeopleNames(DisplayNames displayNames) {
        this.displayNames = displayNames;
    }

    public String name(String username) {
        if (username == null) {
            return "";
        }
        if (Actor.SYSTEM.username().equals(username)) {
            return UiFormats.english() ? "System" : "系统";
        }
        return displayNames.of(username).orElse(username);
    }
}
