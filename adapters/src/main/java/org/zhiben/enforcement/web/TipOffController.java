package org.zhiben.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.enforcement.AccidentClass;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enforcement.ReporterIdentity;
import org.zhiben.enforcement.TipOff;
import org.zhiben.enforcement.TipOffChannel;
import org.zhiben.enforcement.TipOffId;
import org.zhiben.enforcement.VerificationResult;
import org.zhiben.enforcement.application.RaiseTipOffHazard;
import org.zhiben.enforcement.application.ReceiveTipOff;
import org.zhiben.enforcement.application.TipOffTarget;
import org.zhiben.enforcement.web.EnforcementViews.HazardAnswerView;
import org.zhiben.enforcement.web.EnforcementViews.ReporterView;
import org.zhiben.enforcement.web.EnforcementViews.TipOffView;
import org.zhiben.hazards.HazardId;
import org.zhiben.platform.web.IfMatch;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.shared.Require;

/**
 * Tip-offs (举报): intake from the admin UI or a bureau's hotline system (scope {@code tipoffs:report}), the process to
 * the reward and its payment. No answer carries the reporter's identity except the audited read of
 * {@code /reporter}, which only the tip-off officer may call.
 */
@Tag(name = "Enforcement: tip-offs", description = "举报：受理、交办、核查、奖励（一人决定、另一人审批）、发放；举报人信息保护")
@RestController
@RequestMapping("/api/v1/enforcement/tip-offs")
class TipOffController {

    record ReceiveRequest(String channel, String matter, UUID enterpriseId, String enterpriseName,
            String jurisdiction, String reporterName, String reporterContact, boolean insider) {

        @Override
        public String toString() {
            return "ReceiveRequest[channel=" + channel + "]";
        }
    }

    record AssignRequest(String unit) {
    }

    record VerifyRequest(String result, String note) {
    }

    record HazardRequest(String location, String description, InspectionController.ClauseRequest clause) {
    }

    record OutcomeRequest(UUID hazardId, UUID caseId) {
    }

    record DuplicateRequest(UUID firstId) {
    }

    record RewardRequest(String basis, String accidentClass, Integer deaths) {
    }

    record PaymentRequest(LocalDate paidOn, String reference) {
    }

    record HazardRaisedView(TipOffView tipOff, HazardAnswerView hazard) {
    }

    private final TipOffUseCases tipOffs;

    TipOffController(TipOffUseCases tipOffs) {
        this.tipOffs = tipOffs;
    }

    @Operation(summary = "Receive a tip-off: anonymous or with the reporter's identity (stored encrypted)")
    @PostMapping
    ResponseEntity<TipOffView> receive(@RequestBody ReceiveRequest request) {
        TipOff received = tipOffs.receive.execute(new ReceiveTipOff.Command(
                RequestValues.enumValue(TipOffChannel.class, request.channel(), "channel"), request.matter(),
                request.enterpriseId(), request.enterpriseName(), request.jurisdiction() == null ? null
                        : RequestValues.jurisdiction(request.jurisdiction(), "jurisdiction"),
                request.reporterName(), request.reporterContact(), request.insider()));
        return ResponseEntity.created(URI.create("/api/v1/enforcement/tip-offs/" + received.id()))
                .eTag(IfMatch.etag(received.version())).body(TipOffView.of(received));
    }

    @Operation(summary = "The tip-offs in the caller's data scope, without reporters")
    @GetMapping
    List<TipOffView> list() {
        return tipOffs.read.list().stream().map(TipOffView::of).toList();
    }

    @Operation(summary = "The tip-offs whose next step is past its deadline")
    @GetMapping("/overdue")
    List<TipOffView> overdue() {
        return tipOffs.read.overdue().stream().map(TipOffView::of).toList();
    }

    @Operation(summary = "One tip-off, without its reporter")
    @GetMapping("/{id}")
    ResponseEntity<TipOffView> find(@PathVariable UUID id) {
        return answer(tipOffs.read.find(new TipOffId(id)));
    }

    @Operation(summary = "The reporter's identity, for the tip-off officer only; every read is an audit entry")
    @GetMapping("/{id}/reporter")
    ReporterView reporter(@PathVariable UUID id) {
        ReporterIdentity reporter = tipOffs.read.reporter(new TipOffId(id));
        return new ReporterView(reporter.name(), reporter.contact());
    }

    @Operation(summary = "Accept the tip-off (受理)")
    @PostMapping("/{id}/acceptance")
    ResponseEntity<TipOffView> accept(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return answer(tipOffs.accept.execute(target(id, ifMatch)));
    }

    @Operation(summary = "Assign it to the responsible unit (交办)")
    @PostMapping("/{id}/assignment")
    ResponseEntity<TipOffView> assign(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch, @RequestBody AssignRequest request) {
        return answer(tipOffs.assign.execute(target(id, ifMatch), request.unit()));
    }

    @Operation(summary = "Record the on-site verification (现场核查): TRUE, PARTLY_TRUE or FALSE")
    @PostMapping("/{id}/verification")
    ResponseEntity<TipOffView> verify(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch, @RequestBody VerifyRequest request) {
        return answer(tipOffs.verify.execute(target(id, ifMatch),
                RequestValues.enumValue(VerificationResult.class, request.result(), "result"), request.note()));
    }

    @Operation(summary = "The verified tip-off becomes a hazard (群众举报查实) through the hazards module")
    @PostMapping("/{id}/hazard")
    ResponseEntity<HazardRaisedView> raiseHazard(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch, @RequestBody HazardRequest request) {
        RaiseTipOffHazard.Raised raised = tipOffs.raiseHazard.execute(target(id, ifMatch), request.location(),
                request.description(), InspectionController.clause(request.clause()));
        return IfMatch.answer(raised.tipOff().version(), new HazardRaisedView(TipOffView.of(raised.tipOff()),
                HazardAnswerView.of(raised.answer())));
    }

    @Operation(summary = "Link the outcome: the hazard and/or the penalty case it led to")
    @PostMapping("/{id}/outcome")
    ResponseEntity<TipOffView> outcome(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestBody OutcomeRequest request) {
        return answer(tipOffs.linkOutcome.execute(target(id, ifMatch),
                request.hazardId() == null ? null : new HazardId(request.hazardId()),
                request.caseId() == null ? null : new PenaltyCaseId(request.caseId())));
    }

    @Operation(summary = "Link it as a duplicate of the first tip-off of the same matter")
    @PostMapping("/{id}/duplicate-of")
    ResponseEntity<TipOffView> duplicate(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestBody DuplicateRequest request) {
        return answer(tipOffs.markDuplicate.execute(target(id, ifMatch),
                new TipOffId(Require.notNull(request.firstId(), "firstId"))));
    }

    @Operation(summary = "Decide the reward by the rules in force: FINE (share of the case's fines) or CONCEALED_DEATHS")
    @PostMapping("/{id}/reward")
    ResponseEntity<TipOffView> reward(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch, @RequestBody RewardRequest request) {
        TipOffTarget target = target(id, ifMatch);
        if ("CONCEALED_DEATHS".equals(request.basis())) {
            return answer(tipOffs.decideReward.forConcealedDeaths(target,
                    RequestValues.enumValue(AccidentClass.class, request.accidentClass(), "accidentClass"),
                    Require.notNull(request.deaths(), "deaths")));
        }
        RequestValues.enumValue(RewardBasis.class, request.basis(), "basis");
        return answer(tipOffs.decideReward.fromFine(target));
    }

    @Operation(summary = "Approve the reward: a second person, never the one who decided it")
    @PostMapping("/{id}/reward/approval")
    ResponseEntity<TipOffView> approve(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return answer(tipOffs.approveReward.execute(target(id, ifMatch)));
    }

    @Operation(summary = "Record the payment of the approved reward")
    @PostMapping("/{id}/payment")
    ResponseEntity<TipOffView> pay(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestBody PaymentRequest request) {
        return answer(tipOffs.recordPayment.execute(target(id, ifMatch), request.paidOn(), request.reference()));
    }

    @Operation(summary = "Close the tip-off (办结)")
    @PostMapping("/{id}/closure")
    ResponseEntity<TipOffView> close(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return answer(tipOffs.close.execute(target(id, ifMatch)));
    }

    /** What a reward is computed from. */
    enum RewardBasis {
        FINE, CONCEALED_DEATHS
    }

    private static TipOffTarget target(UUID id, String ifMatch) {
        return new TipOffTarget(new TipOffId(id), IfMatch.requiredVersion(ifMatch));
    }

    private static ResponseEntity<TipOffView> answer(TipOff tipOff) {
        return IfMatch.answer(tipOff.version(), TipOffView.of(tipOff));
    }
}
