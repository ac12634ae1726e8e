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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.enforcement.DishonestyListing;
import org.zhiben.enforcement.DishonestyListingId;
import org.zhiben.enforcement.DishonestySituation;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enforcement.application.ListingTarget;
import org.zhiben.enforcement.application.NotifyDishonestyListing;
import org.zhiben.enforcement.web.EnforcementViews.ListingView;
import org.zhiben.platform.web.IfMatch;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.shared.Require;

/** The serious-dishonesty list (严重失信主体名单, 应急管理部令第11号). */
@Tag(name = "Enforcement: serious-dishonesty list", description = "严重失信主体名单：告知、决定、公开、提前移出、撤销")
@RestController
@RequestMapping("/api/v1/enforcement/listings")
class DishonestyListController {

    record NoticeRequest(UUID caseId, String situation, String personName, LocalDate on) {
    }

    record DayRequest(LocalDate on) {
    }

    record EarlyRemovalRequest(LocalDate appliedOn, boolean conditionsMet) {
    }

    record RevocationRequest(String reason) {
    }

    private final ListingUseCases listings;

    DishonestyListController(ListingUseCases listings) {
        this.listings = listings;
    }

    @Operation(summary = "Notify the party of the intended listing, on the basis of a decided case (by its unit)")
    @PostMapping
    ResponseEntity<ListingView> notifyParty(@RequestBody NoticeRequest request) {
        DishonestyListing listing = listings.notifyParty().execute(new NotifyDishonestyListing.Command(
                new PenaltyCaseId(Require.notNull(request.caseId(), "caseId")),
                RequestValues.enumValue(DishonestySituation.class, request.situation(), "situation"),
                request.personName(), request.on()));
        return ResponseEntity.created(URI.create("/api/v1/enforcement/listings/" + listing.id()))
                .eTag(IfMatch.etag(listing.version())).body(ListingView.of(listing));
    }

    @Operation(summary = "The listings of an enterprise in force today (its badges)")
    @GetMapping
    List<ListingView> listed(@RequestParam UUID enterpriseId) {
        return listings.read().listedToday(enterpriseId).stream().map(ListingView::of).toList();
    }

    @Operation(summary = "Decide the listing after the objection period")
    @PostMapping("/{id}/decision")
    ResponseEntity<ListingView> decide(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch, @RequestBody DayRequest request) {
        return answer(listings.decide().execute(target(id, ifMatch), request.on()));
    }

    @Operation(summary = "Publish the listing")
    @PostMapping("/{id}/publication")
    ResponseEntity<ListingView> publish(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return answer(listings.publish().execute(target(id, ifMatch)));
    }

    @Operation(summary = "Remove early on application, at least 12 months after the decision, conditions met")
    @PostMapping("/{id}/early-removal")
    ResponseEntity<ListingView> removeEarly(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestBody EarlyRemovalRequest request) {
        return answer(listings.removeEarly().execute(target(id, ifMatch), request.appliedOn(),
                request.conditionsMet()));
    }

    @Operation(summary = "Revoke an early removal found to rest on false information")
    @PostMapping("/{id}/early-removal-revocation")
    ResponseEntity<ListingView> revoke(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestBody RevocationRequest request) {
        return answer(listings.revoke().execute(target(id, ifMatch), request.reason()));
    }

    private static ListingTarget target(UUID id, String ifMatch) {
        return new ListingTarget(new DishonestyListingId(id), IfMatch.requiredVersion(ifMatch));
    }

    private static ResponseEntity<ListingView> answer(DishonestyListing listing) {
        return IfMatch.answer(listing.version(), ListingView.of(listing));
    }
}
