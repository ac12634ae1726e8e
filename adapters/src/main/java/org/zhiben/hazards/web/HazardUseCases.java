package org.zhiben.hazards.web;

import org.springframework.stereotype.Component;
import org.zhiben.hazards.application.AddHazardAttachment;
import org.zhiben.hazards.application.CancelHazard;
import org.zhiben.hazards.application.DecideDeadlineExtension;
import org.zhiben.hazards.application.DetermineHazardLevel;
import org.zhiben.hazards.application.ListHazard;
import org.zhiben.hazards.application.RefuseAcceptance;
import org.zhiben.hazards.application.RemoveListing;
import org.zhiben.hazards.application.ReportHazard;
import org.zhiben.hazards.application.RequestDeadlineExtension;
import org.zhiben.hazards.application.SetRectificationPlan;
import org.zhiben.hazards.application.SubmitRectification;
import org.zhiben.hazards.application.VerifyRectification;
import org.zhiben.hazards.application.WriteOffHazard;

/**
 * The use cases that change a hazard, one per operation, as the REST controller and the pages call them: each does
 * the whole job (scope, version, audit, events) in its own transaction.
 */
@Component
public class HazardUseCases {

    public final ReportHazard report;
    public final AddHazardAttachment addAttachment;
    public final DetermineHazardLevel determine;
    public final SetRectificationPlan setPlan;
    public final SubmitRectification submit;
    public final VerifyRectification verify;
    public final RefuseAcceptance refuse;
    public final WriteOffHazard writeOff;
    public final CancelHazard cancel;
    public final RequestDeadlineExtension requestExtension;
    public final DecideDeadlineExtension decideExtension;
    public final ListHazard list;
    public final RemoveListing removeListing;

    @SuppressWarnings("java:S107")
    HazardUseCases(ReportHazard report, AddHazardAttachment addAttachment, DetermineHazardLevel determine,
            SetRectificationPlan setPlan, SubmitRectification submit, VerifyRectification verify,
            RefuseAcceptance refuse, WriteOffHazard writeOff, CancelHazard cancel,
            RequestDeadlineExtension requestExtension, DecideDeadlineExtension decideExtension, ListHazard list,
            RemoveListing removeListing) {
        this.report = report;
        this.addAttachment = addAttachment;
        this.determine = determine;
        this.setPlan = setPlan;
        this.submit = submit;
        this.verify = verify;
        this.refuse = refuse;
        this.writeOff = writeOff;
        this.cancel = cancel;
        this.requestExtension = requestExtension;
        this.decideExtension = decideExtension;
        this.list = list;
        this.removeListing = removeListing;
    }
}
