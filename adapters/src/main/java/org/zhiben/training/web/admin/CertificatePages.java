package org.zhiben.training.web.admin;

import static org.zhiben.platform.web.RequestValues.required;
import static org.zhiben.platform.web.RequestValues.requiredText;
import static org.zhiben.platform.web.ui.FormErrors.field;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseId;
import org.zhiben.enterprises.Enterprises;
import org.zhiben.organization.Jurisdictions;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.ui.FormErrors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.platform.web.ui.UiFormats;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.InvalidValueException;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.training.CertificateId;
import org.zhiben.training.OperationType;
import org.zhiben.training.SpecialOperationCertificate;
import org.zhiben.training.Trainee;
import org.zhiben.training.application.ManageCertificates;
import org.zhiben.training.application.RegisterUnqualifiedPersonnel;

/**
 * Special-operation certificates (特种作业操作证): the list of the caller's scope with each certificate's state today
 * (or only the expiring and expired), and the form that registers one (an enterprise: its own workers).
 */
@PageController
@RequestMapping("/training/certificates")
class CertificatePages {

    private final ManageCertificates certificates;
    private final RegisterUnqualifiedPersonnel unqualified;
    private final Enterprises enterprises;
    private final Jurisdictions jurisdictions;

    CertificatePages(ManageCertificates certificates, RegisterUnqualifiedPersonnel unqualified,
            Enterprises enterprises, Jurisdictions jurisdictions) {
        this.certificates = certificates;
        this.unqualified = unqualified;
        this.enterprises = enterprises;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean alerts, Model model) {
        PageAccess.require(TrainingPages.READ);
        Map<String, String> names = jurisdictions.findAll().stream().collect(Collectors.toMap(
                j -> j.code().value(), j -> UiFormats.english() ? j.nameEn() : j.name()));
        List<ManageCertificates.Standing> shown = alerts ? certificates.alerts(null) : certificates.list(null);
        model.addAttribute("lines", shown.stream().map(s -> new Line(s,
                enterprises.findById(new EnterpriseId(s.certificate().enterpriseId())).map(Enterprise::name)
                        .orElse(""),
                names.getOrDefault(s.certificate().jurisdiction().value(), s.certificate().jurisdiction().value())))
                .toList());
        model.addAttribute("alertsOnly", alerts);
        model.addAttribute("leadDays", certificates.defaultLeadDays());
        model.addAttribute("canRecord", PageAccess.has(TrainingPages.RECORD));
        return "training/certificates";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        PageAccess.require(TrainingPages.RECORD);
        return form(new CertificateForm(), model);
    }

    @PostMapping("/new")
    String register(@ModelAttribute("form") CertificateForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PageAccess.require(TrainingPages.RECORD);
        UUID enterprise = field(result, "enterpriseId", () -> required(RequestValues.convert(form.getEnterpriseId(),
                "enterpriseId", UUID::fromString), "enterpriseId"));
        Trainee holder = field(result, "holderName", () -> new Trainee(requiredText(form.getHolderName(),
                "holderName"), requiredText(form.getIdLastDigits(), "idLastDigits")));
        OperationType type = field(result, "operationType", () -> required(RequestValues.enumValue(
                OperationType.class, form.getOperationType(), "operationType"), "operationType"));
        String number = field(result, "number", () -> requiredText(form.getNumber(), "number"));
        LocalDate issued = field(result, "issuedOn", () -> date(form.getIssuedOn(), "issuedOn", true));
        LocalDate expires = field(result, "expiresOn", () -> date(form.getExpiresOn(), "expiresOn", true));
        LocalDate reviewed = field(result, "lastReviewedOn", () -> date(form.getLastReviewedOn(), "lastReviewedOn",
                false));
        LocalDate nextReview = field(result, "nextReviewOn", () -> date(form.getNextReviewOn(), "nextReviewOn",
                false));
        if (result.hasErrors()) {
            return form(form, model);
        }
        try {
            certificates.register(new ManageCertificates.Command(enterprise, holder, type, number, issued, expires,
                    reviewed, nextReview));
        } catch (AccessRefusedException outside) {
            result.reject("training.out-of-scope");
            return form(form, model);
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
            return form(form, model);
        }
        redirect.addFlashAttribute("success", "training.certificate.saved");
        return "redirect:/training/certificates";
    }

    /** The form correcting a certificate, filled with what is stored and the version it was read at. */
    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        PageAccess.require(TrainingPages.RECORD);
        ManageCertificates.Standing found = certificates.find(new CertificateId(id));
        SpecialOperationCertificate c = found.certificate();
        CertificateForm form = new CertificateForm();
        form.setHolderName(c.holder().maskedName());
        form.setIdLastDigits(c.holder().idLastDigits());
        form.setOperationType(c.operationType().name());
        form.setNumber(c.number());
        form.setIssuedOn(c.issuedOn().toString());
        form.setExpiresOn(c.expiresOn().toString());
        form.setLastReviewedOn(c.lastReviewedOn() == null ? null : c.lastReviewedOn().toString());
        form.setNextReviewOn(c.nextReviewOn() == null ? null : c.nextReviewOn().toString());
        form.setVersion(String.valueOf(c.version()));
        return editForm(c, form, model);
    }

    /**
     * Corrects the certificate at the version the form was read at, with the reason; a wrong value is marked next to
     * its field, a certificate changed meanwhile is refused with a message, and in both cases nothing changes.
     */
    @PostMapping("/{id}/edit")
    String edit(@PathVariable UUID id, @ModelAttribute("form") CertificateForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        PageAccess.require(TrainingPages.RECORD);
        SpecialOperationCertificate current = certificates.find(new CertificateId(id)).certificate();
        Trainee holder = field(result, "holderName", () -> new Trainee(requiredText(form.getHolderName(),
                "holderName"), requiredText(form.getIdLastDigits(), "idLastDigits")));
        OperationType type = field(result, "operationType", () -> required(RequestValues.enumValue(
                OperationType.class, form.getOperationType(), "operationType"), "operationType"));
        String number = field(result, "number", () -> requiredText(form.getNumber(), "number"));
        LocalDate issued = field(result, "issuedOn", () -> date(form.getIssuedOn(), "issuedOn", true));
        LocalDate expires = field(result, "expiresOn", () -> date(form.getExpiresOn(), "expiresOn", true));
        LocalDate reviewed = field(result, "lastReviewedOn", () -> date(form.getLastReviewedOn(), "lastReviewedOn",
                false));
        LocalDate nextReview = field(result, "nextReviewOn", () -> date(form.getNextReviewOn(), "nextReviewOn",
                false));
        String reason = field(result, "reason", () -> requiredText(form.getReason(), "reason"));
        Long version = FormFields.version(form.getVersion(), result);
        if (result.hasErrors()) {
            return editForm(current, form, model);
        }
        try {
            certificates.revise(new ManageCertificates.Revision(current.id(), version, holder, type, number, issued,
                    expires, reviewed, nextReview, reason));
        } catch (StaleVersionException stale) {
            result.reject("training.edit.stale");
            return editForm(current, form, model);
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
            return editForm(current, form, model);
        }
        redirect.addFlashAttribute("success", "training.certificate.revised");
        return "redirect:/training/certificates";
    }

    /**
     * Registers the holder of an expired certificate as a major hazard (clause 2), after the page's confirmation; the
     * list then shows the hazard registered with its link, or why it was not.
     */
    @PostMapping("/{id}/major-hazard")
    String registerAsHazard(@PathVariable UUID id, RedirectAttributes redirect) {
        PageAccess.require(TrainingPages.RECORD);
        try {
            HazardFlash.show(unqualified.certificate(new CertificateId(id), null), redirect);
        } catch (NotFoundException | AccessRefusedException outside) {
            throw outside;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", refused.code());
            redirect.addFlashAttribute("failureArguments", refused.arguments().toArray());
        }
        return "redirect:/training/certificates";
    }

    private String editForm(SpecialOperationCertificate certificate, CertificateForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("certificate", certificate);
        model.addAttribute("enterprise", enterprises.findById(new EnterpriseId(certificate.enterpriseId()))
                .map(Enterprise::name).orElse(""));
        model.addAttribute("types", Arrays.asList(OperationType.values()));
        return "training/certificate-edit";
    }

    private String form(CertificateForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("types", Arrays.asList(OperationType.values()));
        return "training/certificate-form";
    }

    private static LocalDate date(String value, String field, boolean required) {
        return !required && (value == null || value.isBlank()) ? null : FormFields.date(value, field);
    }

    /** A certificate as the list shows it: the enterprise and jurisdiction by name. */
    record Line(ManageCertificates.Standing standing, String enterprise, String jurisdiction) {
    }

    /** The registration form, as typed. */
    public static class CertificateForm {

        private String enterpriseId;
        private String enterpriseQuery;
        private String holderName;
        private String idLastDigits;
        private String operationType;
        private String number;
        private String issuedOn;
        private String expiresOn;
        private String lastReviewedOn;
        private String nextReviewOn;
        private String version;
        private String reason;

        /** The version of the certificate the correction was made against (a hidden field of the edit form). */
        public String getVersion() {
            return version;
        }

        public void setVersion(String version) {
            this.version = version;
        }

        /** Why the certificate is corrected (the edit form). */
        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getEnterpriseId() {
            return enterpriseId;
        }

        public void setEnterpriseId(String enterpriseId) {
            this.enterpriseId = enterpriseId;
        }

        public String getEnterpriseQuery() {
            return enterpriseQuery;
        }

        public void setEnterpriseQuery(String enterpriseQuery) {
            this.enterpriseQuery = enterpriseQuery;
        }

        public String getHolderName() {
            return holderName;
        }

        public void setHolderName(String holderName) {
            this.holderName = holderName;
        }

        public String getIdLastDigits() {
            return idLastDigits;
        }

        public void setIdLastDigits(String idLastDigits) {
            this.idLastDigits = idLastDigits;
        }

        public String getOperationType() {
            return operationType;
        }

        public void setOperationType(String operationType) {
            this.operationType = operationType;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getIssuedOn() {
            return issuedOn;
        }

        public void setIssuedOn(String issuedOn) {
            this.issuedOn = issuedOn;
        }

        public String getExpiresOn() {
            return expiresOn;
        }

        public void setExpiresOn(String expiresOn) {
            this.expiresOn = expiresOn;
        }

        public String getLastReviewedOn() {
            return lastReviewedOn;
        }

        public void setLastReviewedOn(String lastReviewedOn) {
            this.lastReviewedOn = lastReviewedOn;
        }

        public String getNextReviewOn() {
            return nextReviewOn;
        }

        public void setNextReviewOn(String nextReviewOn) {
            this.nextReviewOn = nextReviewOn;
        }
    }
}
