package org.zhiben.hazards.web;

import org.zhiben.shared.NotFoundException;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.CurrentActors;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.enterprises.EnterpriseId;
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
    private final Enterprises enterprises;
    private final CurrentActors currentActors;

    NotificationController(HazardInbox inbox, Transactions transactions, Enterprises enterprises,
            CurrentActors currentActors) {
        this.inbox = inbox;
        this.transactions = transactions;
        this.enterprises = enterprises;
        this.currentActors = currentActors;
    }

    @Operation(summary = "The enterprise's notices, newest first",
            description = "404 for an enterprise outside the caller's data scope, as for one that does not exist.")
    @GetMapping
    List<NotificationView> inbox(@RequestParam UUID enterpriseId) {
        DataScope scope = currentActors.scope();
        return transactions.read(() -> {
            enterprises.findById(new EnterpriseId(enterpriseId))
                    .filter(found -> scope.permits(found.jurisdiction(), found.industry(), found.id().value()))
                    .orElseThrow(() -> new NotFoundException("enterprise", enterpriseId));
            return inbox.forEnterprise(enterpriseId).stream().map(NotificationView::of).toList();
        });
    }
}
