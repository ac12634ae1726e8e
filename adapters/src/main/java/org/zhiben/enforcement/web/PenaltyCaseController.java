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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.enforcement.CaseOrigin;
import org.zhiben.enforcement.MeasureKind;
import org.zhiben.enforcement.Money;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enforcement.PenaltyGuidance;
import org.zhiben.enforcement.PenaltyMeasure;
import org.zhiben.enforcement.PenaltyParty;
import org.zhiben.enforcement.application.DecideOnPenaltyProposal;
import org.zhiben.enforcement.application.OpenPenaltyCase;
import org.zhiben.enforcement.application.PenaltyCaseTarget;
import org.zhiben.enforcement.application.ProposePenalty;
import org.zhiben.enforcement.application.ReadPenaltyCases;
import org.zhiben.enforcement.application.SetPenaltyBasis;
import org.zhiben.enforcement.web.EnforcementViews.CaseView;
import org.zhiben.enforcement.web.EnforcementViews.ProposalView;
import org.zhiben.hazards.HazardId;
import org.zhiben.platform.web.IfMatch;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.shared.Require;

/** Penalty cases (行政处罚案件): basis, measures, the task-24 proposal, legal review, decision, publication, transfer. */
@Tag(name = "Enforcement: penalty cases", description = "行政处罚：一案双罚、法制审核、行刑衔接、执法公示")
@RestController
@RequestMapping("/api/v1/enforcement")
class PenaltyCaseController {

    record OriginRequest(String kind, UUID reference) {
    }

    record OpenRequest(UUID enterpriseId, OriginRequest origin, String violation) {
    }

    record MeasureRequest(String kind, String party, Long fineFen, String detail) {
    }

    record BasisRequest(List<String> articles, String band, List<MeasureRequest> measures, String responsiblePerson) {
    }

    record PolicyRequest(UUID hazardId, boolean fakeRectification, boolean notRectifying, boolean operatingAtRisk,
            String decided, String reason) {
    }

    record DayRequest(LocalDate on) {
    }

    record ReviewRequest(Boolean approved, String opinion) {
    }

    record TransferRequest(LocalDate on, String receivingOrgan, String reason) {
    }

    private final OpenPenaltyCase open;
    private final PenaltyCaseUseCases steps;
    private final ProposePenalty propose;
    private final ReadPenaltyCases read;

    PenaltyCaseController(OpenPenaltyCase open, PenaltyCaseUseCases steps, ProposePenalty propose,
            ReadPenaltyCases read) {
        this.open = open;
        this.steps = steps;
        this.propose = propose;
        this.read = read;
    }

    @Operation(summary = "Open a case (立案) from an inspection, a hazard or a tip-off")
    @PostMapping("/cases")
    ResponseEntity<CaseView> open(@RequestBody OpenRequest request) {
        OriginRequest origin = Require.notNull(request.origin(), "origin");
        PenaltyCase opened = open.execute(new OpenPenaltyCase.Command(request.enterpriseId(), new CaseOrigin(
                RequestValues.enumValue(CaseOrigin.Kind.class, origin.kind(), "origin.kind"), origin.reference()),
                request.violation()));
        return ResponseEntity.created(URI.create("/api/v1/enforcement/cases/" + opened.id()))
                .eTag(IfMatch.etag(opened.version())).body(CaseView.of(opened));
    }

    @Operation(summary = "The cases in the caller's data scope (an enterprise manager: its own)")
    @GetMapping("/cases")
    List<CaseView> list() {
        return read.list().stream().map(CaseView::of).toList();
    }

    @Operation(summary = "One case, with its version as ETag")
    @GetMapping("/cases/{id}")
    ResponseEntity<CaseView> find(@PathVariable UUID id) {
        return answer(read.find(new PenaltyCaseId(id)));
    }

    @Operation(summary = "What the task-24 rule proposes for a hazard, with the trace of its reasoning")
    @GetMapping("/penalty-proposals")
    ProposalView proposal(@RequestParam UUID hazardId, @RequestParam(defaultValue = "false") boolean fakeRectification,
            @RequestParam(defaultValue = "false") boolean notRectifying,
            @RequestParam(defaultValue = "false") boolean operatingAtRisk) {
        return ProposalView.of(propose.execute(new HazardId(hazardId), fakeRectification, notRectifying,
                operatingAtRisk));
    }

    @Operation(summary = "Record the legal basis, discretion band and measures (一案双罚: unit and responsible person)")
    @PutMapping("/cases/{id}/basis")
    ResponseEntity<CaseView> basis(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch, @RequestBody BasisRequest request) {
        List<PenaltyMeasure> measures = request.measures() == null ? null : request.measures().stream()
                .map(m -> new PenaltyMeasure(RequestValues.enumValue(MeasureKind.class, m.kind(), "measures.kind"),
                        RequestValues.enumValue(PenaltyParty.class, m.party(), "measures.party"),
                        m.fineFen() == null ? null : Money.ofFen(m.fineFen()), m.detail()))
                .toList();
        return answer(steps.setBasis().execute(new SetPenaltyBasis.Command(target(id, ifMatch), request.articles(),
                request.band(), measures, request.responsiblePerson())));
    }

    @Operation(summary = "The officer's decision on the task-24 proposal; a departure needs a reason")
    @PostMapping("/cases/{id}/policy-decision")
    ResponseEntity<CaseView> policyDecision(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestBody PolicyRequest request) {
        return answer(steps.decideOnProposal().execute(new DecideOnPenaltyProposal.Command(target(id, ifMatch),
                new HazardId(Require.notNull(request.hazardId(), "hazardId")), request.fakeRectification(),
                request.notRectifying(), request.operatingAtRisk(),
                RequestValues.enumValue(PenaltyGuidance.class, request.decided(), "decided"), request.reason())));
    }

    @Operation(summary = "The party was told of the intended penalty and its rights (告知)")
    @PostMapping("/cases/{id}/rights-notice")
    ResponseEntity<CaseView> notifyRights(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch, @RequestBody DayRequest request) {
        return answer(steps.notifyRights().execute(target(id, ifMatch), request.on()));
    }

    @Operation(summary = "Record the legal review (法制审核) as the signed-in legal reviewer")
    @PostMapping("/cases/{id}/legal-review")
    ResponseEntity<CaseView> legalReview(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestBody ReviewRequest request) {
        return answer(steps.legalReview().execute(target(id, ifMatch),
                Require.notNull(request.approved(), "approved"), request.opinion()));
    }

    @Operation(summary = "Make the decision; a major one needs an approved legal review first")
    @PostMapping("/cases/{id}/decision")
    ResponseEntity<CaseView> decide(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch, @RequestBody DayRequest request) {
        return answer(steps.decide().execute(target(id, ifMatch), request.on()));
    }

    @Operation(summary = "Publish the decision today (执法公示, due within 7 working days)")
    @PostMapping("/cases/{id}/publication")
    ResponseEntity<CaseView> publish(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return answer(steps.publish().execute(target(id, ifMatch)));
    }

    @Operation(summary = "Record the execution of the decision")
    @PostMapping("/cases/{id}/execution")
    ResponseEntity<CaseView> execute(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch, @RequestBody DayRequest request) {
        return answer(steps.execution().execute(target(id, ifMatch), request.on()));
    }

    @Operation(summary = "Transfer the case to the judiciary (行刑衔接): date, receiving organ, reason")
    @PostMapping("/cases/{id}/transfer")
    ResponseEntity<CaseView> transfer(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestBody TransferRequest request) {
        return answer(steps.transfer().execute(target(id, ifMatch), request.on(), request.receivingOrgan(),
                request.reason()));
    }

    @Operation(summary = "The published decisions: enterprise, credit code, violation, basis, measures, deciding unit")
    @GetMapping("/public-decisions")
    List<EnforcementViews.PublicDecisionView> publicDecisions() {
        return read.publicDecisions().stream().map(EnforcementViews.PublicDecisionView::of).toList();
    }

    private static PenaltyCaseTarget target(UUID id, String ifMatch) {
        return new PenaltyCaseTarget(new PenaltyCaseId(id), IfMatch.requiredVersion(ifMatch));
    }

    private static ResponseEntity<CaseView> answer(PenaltyCase penaltyCase) {
        return IfMatch.answer(penaltyCase.version(), CaseView.of(penaltyCase));
    }
}
