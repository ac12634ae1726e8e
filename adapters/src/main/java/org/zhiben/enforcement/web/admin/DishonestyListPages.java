package org.zhiben.enforcement.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.enforcement.DishonestyListing;
import org.zhiben.enforcement.DishonestyListingId;
import org.zhiben.enforcement.DishonestySituation;
import org.zhiben.enforcement.DishonestyStatus;
import org.zhiben.enforcement.PenaltyCase;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enforcement.application.ListingTarget;
import org.zhiben.enforcement.application.NotifyDishonestyListing;
import org.zhiben.enforcement.application.ReadPenaltyCases;
import org.zhiben.enforcement.web.ListingUseCases;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.organization.MemberUnit;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.web.ui.FormErrors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.UnitCode;

/**
 * The pages of the serious-dishonesty list (安全生产严重失信主体名单, 应急管理部令第11号): the list with each listing's
 * status and the end of its management period, starting a listing from a decided case (one of the nine situations with
 * its source article), and a listing with one form for each step its status allows — the decision after the objection
 * period, the publication, the early removal on application after 12 months, the revocation of an early removal. A
 * refusal (too soon, not the deciding unit, the objection period running) is shown as a message on the form; nothing
 * changes.
 */
@PageController
@RequestMapping("/enforcement/listings")
class DishonestyListPages {

    static final String READ = PenaltyCasePages.READ;
    static final String PENALISE = PenaltyCasePages.PENALISE;

    /** The steps with their forms, in the order the page shows them. */
    static final List<String> STEPS = List.of("decision", "publication", "earlyRemoval", "revocation");

    private final ListingUseCases listings;
    private final ReadPenaltyCases cases;
    private final Enterprises enterprises;
    private final MemberUnits units;
    private final Clock clock;

    DishonestyListPages(ListingUseCases listings, ReadPenaltyCases cases, Enterprises enterprises, MemberUnits units,
            Clock clock) {
        this.listings = listings;
        this.cases = cases;
        this.enterprises = enterprises;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam Optional<String> status, Model model) {
        PageAccess.require(READ);
        String wanted = status.map(String::strip).orElse("");
        Map<UUID, String> names = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("rows", listings.read().list().stream()
                .filter(l -> wanted.isEmpty() || l.status().name().equals(wanted))
                .map(l -> new Row(l, name(l.enterpriseId(), names), l.isListedOn(today))).toList());
        model.addAttribute("status", wanted);
        model.addAttribute("statuses", Arrays.asList(DishonestyStatus.values()));
        return "enforcement/listings";
    }

    // -------------------------------------------------------------------------------------------------- start

    @GetMapping("/new")
    String newListing(@RequestParam("case") UUID caseId, Model model) {
        PageAccess.require(PENALISE);
        ListingForm form = new ListingForm();
        form.setCaseId(caseId.toString());
        form.setOn(LocalDate.now(clock));
        return newPage(caseId, form, model);
    }

    @PostMapping("/new")
    String start(@Validated @ModelAttribute("listingForm") ListingForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PageAccess.require(PENALISE);
        UUID caseId;
        try {
            caseId = UUID.fromString(String.valueOf(form.getCaseId()).strip());
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException(PenaltyCase.ENTITY, form.getCaseId());
        }
        DishonestySituation situation = PenaltyCasePages.enumOrNull(DishonestySituation.class, form.getSituation());
        if (situation == null) {
            result.rejectValue("situation", "enfc.listing.situation.required");
        }
        if (form.getOn() == null && !result.hasFieldErrors("on")) {
            result.rejectValue("on", "NotBlank");
        }
        if (!result.hasErrors()) {
            try {
                DishonestyListing listing = listings.notifyParty().execute(new NotifyDishonestyListing.Command(
                        new PenaltyCaseId(caseId), situation, PenaltyCasePages.blankToNull(form.getPersonName()),
                        form.getOn()));
                redirect.addFlashAttribute("success", "enfc.listing.started");
                return "redirect:/enforcement/listings/" + listing.id().value();
            } catch (DomainException refused) {
                reject(refused, result);
            }
        }
        return newPage(caseId, form, model);
    }

    private String newPage(UUID caseId, ListingForm form, Model model) {
        PenaltyCase penaltyCase = cases.find(new PenaltyCaseId(caseId));
        model.addAttribute("c", penaltyCase);
        model.addAttribute("enterpriseName", name(penaltyCase.enterpriseId(), new HashMap<>()));
        model.addAttribute("situations", Arrays.asList(DishonestySituation.values()));
        model.addAttribute("listingForm", form);
        return "enforcement/listing-new";
    }

    // ------------------------------------------------------------------------------------------------- detail

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        PageAccess.require(READ);
        return detailPage(id, model);
    }

    @PostMapping("/{id}/{step}")
    String step(@PathVariable UUID id, @PathVariable String step, @Validated @ModelAttribute ListingForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!STEPS.contains(step)) {
            throw new NotFoundException("DishonestyListingStep", step);
        }
        PageAccess.require(PENALISE);
        if (form.getVersion() == null) {
            result.reject("enfc.form.version-missing");
        }
        if (List.of("decision", "earlyRemoval").contains(step) && form.getOn() == null && !result.hasFieldErrors("on")) {
            result.rejectValue("on", "NotBlank");
        }
        if ("revocation".equals(step) && PenaltyCasePages.blankToNull(form.getReason()) == null
                && !result.hasFieldErrors("reason")) {
            result.rejectValue("reason", "NotBlank");
        }
        if (!result.hasErrors()) {
            ListingTarget target = new ListingTarget(new DishonestyListingId(id), form.getVersion());
            try {
                switch (step) {
                    case "decision" -> listings.decide().execute(target, form.getOn());
                    case "publication" -> listings.publish().execute(target);
                    case "earlyRemoval" -> listings.removeEarly().execute(target, form.getOn(),
                            form.isConditionsMet());
                    case "revocation" -> listings.revoke().execute(target, form.getReason());
                    default -> throw new IllegalArgumentException(step);
                }
                redirect.addFlashAttribute("success", "enfc.listing.step.done." + step);
                return "redirect:/enforcement/listings/" + id;
            } catch (DomainException refused) {
                reject(refused, result);
            }
        }
        model.addAttribute(step + "Form", form);
        model.addAttribute("org.springframework.validation.BindingResult." + step + "Form", result);
        return detailPage(id, model);
    }

    private String detailPage(UUID id, Model model) {
        DishonestyListing listing = listings.read().find(new DishonestyListingId(id));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("l", listing);
        model.addAttribute("today", today);
        model.addAttribute("listedToday", listing.isListedOn(today));
        model.addAttribute("enterpriseName", name(listing.enterpriseId(), new HashMap<>()));
        Set<String> allowed = new LinkedHashSet<>();
        if (PageAccess.has(PENALISE)) {
            switch (listing.status()) {
                case NOTIFIED -> allowed.add("decision");
                case DECIDED -> allowed.add("publication");
                case PUBLISHED -> allowed.add("earlyRemoval");
                case REMOVED_EARLY -> allowed.add("revocation");
                default -> { }
            }
        }
        model.addAttribute("steps", allowed);
        for (String step : STEPS) {
            if (!model.containsAttribute(step + "Form")) {
                ListingForm blank = new ListingForm();
                blank.setVersion(listing.version());
                blank.setOn(today);
                model.addAttribute(step + "Form", blank);
            }
        }
        return "enforcement/listing";
    }

    /** Puts a refusal on the form: a date next to the date, the deciding unit by its name. */
    private void reject(DomainException refused, BindingResult result) {
        Object[] arguments = refused.arguments().toArray();
        if ("enforcement.dishonesty.not-deciding-unit".equals(refused.code()) && arguments.length > 0) {
            arguments[0] = units.findByCode(UnitCode.of(String.valueOf(arguments[0]))).map(MemberUnit::name)
                    .orElse(String.valueOf(arguments[0]));
        }
        FormErrors.reject(refused, result, Map.of("notifiedOn", "on", "decidedOn", "on", "appliedOn", "on",
                "publishedOn", "on"), arguments);
    }

    private String name(UUID enterpriseId, Map<UUID, String> names) {
        return names.computeIfAbsent(enterpriseId, id -> enterprises.findById(new EnterpriseId(id))
                .map(Enterprise::name).orElse(""));
    }

    /** A listing of the list with its enterprise's name and whether it applies today. */
    record Row(DishonestyListing listing, String enterpriseName, boolean listedToday) {
    }
}
