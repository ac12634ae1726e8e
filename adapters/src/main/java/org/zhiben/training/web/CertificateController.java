package org.zhiben.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.HazardIntake;
import org.zhiben.training.application.RegisterUnqualifiedPersonnel;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.platform.web.IfMatch;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.RespondsWithETag;
import org.zhiben.shared.Require;
import org.zhiben.training.CertificateId;
import org.zhiben.training.CertificateState;
import org.zhiben.training.OperationType;
import org.zhiben.training.SpecialOperationCertificate;
import org.zhiben.training.Trainee;
import org.zhiben.training.application.ManageCertificates;

/** Special-operation certificates (特种作业操作证): register, list with their state, the expiring and expired. */
@Tag(name = "Training: certificates", description = "特种作业操作证：登记、到期预警（默认提前60天，可配置）、过期标记")
@RestController
@RequestMapping("/api/v1/training/certificates")
class CertificateController {

    @Schema(description = "A certificate to register; the holder's name is masked before it is stored")
    record RegisterRequest(UUID enterpriseId, String holderName, String idLastDigits,
            @Schema(implementation = OperationType.class) String operationType, String number, LocalDate issuedOn,
            LocalDate expiresOn, @Schema(nullable = true) LocalDate lastReviewedOn,
            @Schema(nullable = true) LocalDate nextReviewOn) {
    }

    @Schema(description = "A correction of a certificate, with the reason for it (kept in the audit trail); the "
            + "certificate stays with its enterprise")
    record ReviseRequest(String holderName, String idLastDigits,
            @Schema(implementation = OperationType.class) String operationType, String number, LocalDate issuedOn,
            LocalDate expiresOn, @Schema(nullable = true) LocalDate lastReviewedOn,
            @Schema(nullable = true) LocalDate nextReviewOn, String reason) {
    }

    @Schema(description = "A certificate with its state today (VALID, EXPIRING within the lead time, EXPIRED)")
    record CertificateView(UUID id, UUID enterpriseId, String jurisdiction, String maskedName, String idLastDigits,
            @Schema(implementation = OperationType.class) String operationType, String operationTypeLabel,
            String number, LocalDate issuedOn, LocalDate expiresOn, @Schema(nullable = true) LocalDate lastReviewedOn,
            @Schema(nullable = true) LocalDate nextReviewOn,
            @Schema(implementation = CertificateState.class) String state, String stateLabel, long version) {

        static CertificateView of(ManageCertificates.Standing standing) {
            SpecialOperationCertificate c = standing.certificate();
            return new CertificateView(c.id().value(), c.enterpriseId(), c.jurisdiction().value(),
                    c.holder().maskedName(), c.holder().idLastDigits(), c.operationType().name(),
                    c.operationType().label(), c.number(), c.issuedOn(), c.expiresOn(), c.lastReviewedOn(),
                    c.nextReviewOn(), standing.state().name(), standing.state().label(), c.version());
        }
    }

    @Schema(description = "Where the unqualified worker was on duty (optional; 特种作业岗位 when empty)")
    record HazardRequest(@Schema(nullable = true) String location) {
    }

    @Schema(description = "The hazards module's answer: the hazard registered (with its page), or the refusal with its "
            + "code and message in the caller's language")
    record HazardAnswerView(boolean accepted, @Schema(nullable = true) UUID hazardId,
            @Schema(nullable = true) String hazardLink, String standardCode, String clauseNumber,
            @Schema(nullable = true) String refusalCode, @Schema(nullable = true) String refusal) {

        static HazardAnswerView of(RegisterUnqualifiedPersonnel.Registration registration, MessageSource messages,
                Locale locale) {
            HazardIntake.Answer answer = registration.answer();
            ClauseReference clause = registration.clause();
            return answer.isAccepted()
                    ? new HazardAnswerView(true, answer.hazardId().value(), "/hazards/" + answer.hazardId().value(),
                            clause.standardCode(), clause.clauseNumber(), null, null)
                    : new HazardAnswerView(false, null, null, clause.standardCode(), clause.clauseNumber(),
                            answer.refusalCode(), messages.getMessage(answer.refusalCode(),
                                    answer.arguments().toArray(), answer.refusalMessage(), locale));
        }
    }

    private final ManageCertificates certificates;
    private final RegisterUnqualifiedPersonnel unqualified;
    private final MessageSource messages;

    CertificateController(ManageCertificates certificates, RegisterUnqualifiedPersonnel unqualified,
            MessageSource messages) {
        this.certificates = certificates;
        this.unqualified = unqualified;
        this.messages = messages;
    }

    @Operation(summary = "Register a worker's certificate (an enterprise manager: its own workers only)")
    @PostMapping
    ResponseEntity<CertificateView> register(@RequestBody RegisterRequest request) {
        SpecialOperationCertificate registered = certificates.register(new ManageCertificates.Command(
                request.enterpriseId(), new Trainee(request.holderName(), request.idLastDigits()),
                Require.notNull(RequestValues.enumValue(OperationType.class, request.operationType(),
                        "operationType"), "operationType"), request.number(), request.issuedOn(),
                request.expiresOn(), request.lastReviewedOn(), request.nextReviewOn()));
        return ResponseEntity.created(URI.create("/api/v1/training/certificates/" + registered.id()))
                .eTag(IfMatch.etag(registered.version()))
                .body(CertificateView.of(certificates.find(registered.id())));
    }

    @Operation(summary = "Correct a certificate, giving the reason",
            description = "If-Match with the ETag last read is required: 428 without it, 412 when the certificate "
                    + "changed since; 404 for a certificate outside the caller's data scope (an enterprise manager: "
                    + "its own workers' only); 400 naming the field for bad input (reason required, at most 500 "
                    + "characters); 409 training.certificate.number-taken for another certificate's number; audited as "
                    + "certificate.revised with the reason.")
    @PutMapping("/{id}")
    @RespondsWithETag
    ResponseEntity<CertificateView> revise(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestBody ReviseRequest request) {
        long expected = IfMatch.requiredVersion(ifMatch);
        SpecialOperationCertificate revised = certificates.revise(new ManageCertificates.Revision(new CertificateId(id),
                expected, new Trainee(request.holderName(), request.idLastDigits()),
                Require.notNull(RequestValues.enumValue(OperationType.class, request.operationType(),
                        "operationType"), "operationType"), request.number(), request.issuedOn(),
                request.expiresOn(), request.lastReviewedOn(), request.nextReviewOn(), request.reason()));
        return IfMatch.answer(revised.version(), CertificateView.of(certificates.find(revised.id())));
    }

    @Operation(summary = "The certificates in the caller's data scope, the earliest expiry first, with their state")
    @GetMapping
    List<CertificateView> list(@RequestParam(required = false) Integer leadDays) {
        return certificates.list(leadDays).stream().map(CertificateView::of).toList();
    }

    @Operation(summary = "The certificates expiring within the lead time (default 60 days, configurable) or expired")
    @GetMapping("/alerts")
    List<CertificateView> alerts(@RequestParam(required = false) Integer leadDays) {
        return certificates.alerts(leadDays).stream().map(CertificateView::of).toList();
    }

    @Operation(summary = "One certificate, with its version as ETag")
    @GetMapping("/{id}")
    ResponseEntity<CertificateView> find(@PathVariable UUID id) {
        ManageCertificates.Standing found = certificates.find(new CertificateId(id));
        return IfMatch.answer(found.certificate().version(), CertificateView.of(found));
    }

    @Operation(summary = "Register the holder of an expired certificate as a major hazard (特种作业人员未持证上岗, clause 2 "
            + "of the chemicals or fireworks standard)", description = "Through the hazards module's intake; 200 with "
            + "the answer (accepted with the hazard, or refused with the hazards module's code); 409 "
            + "training.hazard.certificate-not-expired for a certificate still valid, "
            + "training.hazard.no-listed-clause for an enterprise whose industry no standard lists it for.")
    @PostMapping("/{id}/major-hazard")
    HazardAnswerView registerAsHazard(@PathVariable UUID id, @RequestBody(required = false) HazardRequest request,
            Locale locale) {
        return HazardAnswerView.of(unqualified.certificate(new CertificateId(id),
                request == null ? null : request.location()), messages, locale);
    }
}
