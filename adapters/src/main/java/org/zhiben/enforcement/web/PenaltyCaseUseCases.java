package org.zhiben.enforcement.web;

import org.springframework.stereotype.Component;
import org.zhiben.enforcement.application.DecideOnPenaltyProposal;
import org.zhiben.enforcement.application.DecidePenaltyCase;
import org.zhiben.enforcement.application.NotifyPenaltyRights;
import org.zhiben.enforcement.application.PublishPenaltyDecision;
import org.zhiben.enforcement.application.RecordLegalReview;
import org.zhiben.enforcement.application.RecordPenaltyExecution;
import org.zhiben.enforcement.application.SetPenaltyBasis;
import org.zhiben.enforcement.application.TransferCaseToJudiciary;

/**
 * The use cases of a penalty case's steps after it is opened, one per operation, as the API and the pages call them.
 */
@Component
public record PenaltyCaseUseCases(SetPenaltyBasis setBasis, DecideOnPenaltyProposal decideOnProposal,
        NotifyPenaltyRights notifyRights, RecordLegalReview legalReview, DecidePenaltyCase decide,
        PublishPenaltyDecision publish, RecordPenaltyExecution execution, TransferCaseToJudiciary transfer) {
}
