package org.zhiben.enforcement.web.admin;

import org.springframework.web.bind.annotation.GetMapping;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;

/** The landing page of enforcement (执法监管): a link to each of its sections the user may open. */
@PageController
class EnforcementHomePage {

    @GetMapping("/enforcement")
    String home() {
        PageAccess.require(InspectionPages.READ);
        return "enforcement/index";
    }
}
