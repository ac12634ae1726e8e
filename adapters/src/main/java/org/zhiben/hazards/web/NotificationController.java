package org.zhiben.hazards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.hazards.storage.HazardInbox;
import org.zhiben.hazards.web.HazardResponses.NotificationView;
import org.zhiben.platform.tx.Transactions;

/** The in-app inbox of hazard notices to an enterprise's principal and actual controller. */
@Tag(name = "Major hazard notifications", description = "通知企业主要负责人、实际控制人")
@RestController
@RequestMapping("/api/v1/hazards/notifications")
class NotificationController {

    private final HazardInbox inbox;
    private final Transactions transactions;

    NotificationController(HazardInbox inbox, Transactions transactions) {
        this.inbox = inbox;
        this.transactions = transactions;
    }

    @Operation(summary = "The enterprise's notices, newest first")
    @GetMapping
    List<NotificationView> inbox(@RequestParam UUID enterpriseId) {
        return transactions.read(() -> inbox.forEnterprise(enterpriseId).stream().map(NotificationView::of).toList());
    }
}
