package org.zhiben.hazards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.hazards.application.ReadHazards;
import org.zhiben.hazards.web.HazardResponses.NotificationView;

/** The in-app inbox of hazard notices to an enterprise's principal and actual controller. */
@Tag(name = "Major hazard notifications", description = "通知企业主要负责人、实际控制人")
@RestController
@RequestMapping("/api/v1/hazards/notifications")
class NotificationController {

    private final ReadHazards read;

    NotificationController(ReadHazards read) {
        this.read = read;
    }

    @Operation(summary = "The enterprise's notices, newest first",
            description = "404 for an enterprise outside the caller's data scope, as for one that does not exist.")
    @GetMapping
    List<NotificationView> inbox(@RequestParam UUID enterpriseId) {
        return read.notices(enterpriseId).stream().map(NotificationView::of).toList();
    }
}
