package org.zhiben.hazards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.hazards.application.ReadHazards;
import org.zhiben.hazards.web.HazardResponses.NotificationView;

/**
 * The in-app inbox of an enterprise: the hazard notices to its principal and actual controller and the notices other
 * modules posted to it, each with its text in the caller's language.
 */
@Tag(name = "Major hazard notifications", description = "通知企业主要负责人、实际控制人")
@RestController
@RequestMapping("/api/v1/hazards/notifications")
class NotificationController {

    private final ReadHazards read;
    private final InboxTexts texts;

    NotificationController(ReadHazards read, InboxTexts texts) {
        this.read = read;
        this.texts = texts;
    }

    @Operation(summary = "The enterprise's notices, newest first",
            description = "404 for an enterprise outside the caller's data scope, as for one that does not exist.")
    @GetMapping
    List<NotificationView> inbox(@RequestParam UUID enterpriseId, Locale locale) {
        return read.notices(enterpriseId).stream().map(n -> NotificationView.of(n, texts, locale)).toList();
    }
}
