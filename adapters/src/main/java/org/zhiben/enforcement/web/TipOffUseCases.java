package org.zhiben.enforcement.web;

import org.springframework.stereotype.Component;
import org.zhiben.enforcement.application.AcceptTipOff;
import org.zhiben.enforcement.application.ApproveTipOffReward;
import org.zhiben.enforcement.application.AssignTipOff;
import org.zhiben.enforcement.application.CloseTipOff;
import org.zhiben.enforcement.application.DecideTipOffReward;
import org.zhiben.enforcement.application.LinkTipOffOutcome;
import org.zhiben.enforcement.application.MarkTipOffDuplicate;
import org.zhiben.enforcement.application.RaiseTipOffHazard;
import org.zhiben.enforcement.application.ReadTipOffs;
import org.zhiben.enforcement.application.ReceiveTipOff;
import org.zhiben.enforcement.application.RecordRewardPayment;
import org.zhiben.enforcement.application.VerifyTipOff;

/**
 * The use cases of a tip-off, one per operation, as the REST controller and the pages call them: each does the whole
 * job (scope, version, audit, events) in its own transaction.
 */
@Component
public class TipOffUseCases {

    public final ReceiveTipOff receive;
    public final ReadTipOffs read;
    public final AcceptTipOff accept;
    public final AssignTipOff assign;
    public final VerifyTipOff verify;
    public final RaiseTipOffHazard raiseHazard;
    public final LinkTipOffOutcome linkOutcome;
    public final MarkTipOffDuplicate markDuplicate;
    public final DecideTipOffReward decideReward;
    public final ApproveTipOffReward approveReward;
    public final RecordRewardPayment recordPayment;
    public final CloseTipOff close;

    @SuppressWarnings("java:S107")
    TipOffUseCases(ReceiveTipOff receive, ReadTipOffs read, AcceptTipOff accept, AssignTipOff assign,
            VerifyTipOff verify, RaiseTipOffHazard raiseHazard, LinkTipOffOutcome linkOutcome,
            MarkTipOffDuplicate markDuplicate, DecideTipOffReward decideReward, ApproveTipOffReward approveReward,
            RecordRewardPayment recordPayment, CloseTipOff close) {
        this.receive = receive;
        this.read = read;
        this.accept = accept;
        this.assign = assign;
        this.verify = verify;
        this.raiseHazard = raiseHazard;
        this.linkOutcome = linkOutcome;
        this.markDuplicate = markDuplicate;
        this.decideReward = decideReward;
        this.approveReward = approveReward;
        this.recordPayment = recordPayment;
        this.close = close;
    }
}
