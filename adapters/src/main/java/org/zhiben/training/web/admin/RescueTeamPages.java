package org.zhiben.training.web.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.ui.FormErrors;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;
import org.zhiben.shared.AccessRefusedException;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.training.MineRescueGrade;
import org.zhiben.training.RescueTeam;
import org.zhiben.training.application.ManageDrills;
import org.zhiben.training.application.ManageRescueTeams;

/**
 * The rescue team pages (应急救援队伍, task 9): the teams of the caller's scope, the high-risk enterprises without one,
 * the form that registers a team (an enterprise's user for its own enterprise) and the form that revises one at the
 * version it was read (a change made meanwhile is refused with a message, nothing lost from the form).
 */
@PageController
@RequestMapping("/training/rescue-teams")
class RescueTeamPages {

    private final ManageRescueTeams teams;
    private final ManageDrills drills;
    private final TrainingNames names;

    RescueTeamPages(ManageRescueTeams teams, ManageDrills drills, TrainingNames names) {
        this.teams = teams;
        this.drills = drills;
        this.names = names;
    }

    @GetMapping
    String list(Model model) {
        PageAccess.require(TrainingPages.READ);
        return listPage(new RescueTeamForm(), model);
    }

    @PostMapping
    String register(@ModelAttribute("form") RescueTeamForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PageAccess.require(TrainingPages.RECORD);
        UUID enterprise = FormErrors.field(result, "enterpriseId", () -> RequestValues.required(
                RequestValues.convert(form.getEnterpriseId(), "enterpriseId", UUID::fromString), "enterpriseId"));
        RescueTeam.Details details = details(form, result);
        if (result.hasErrors()) {
            return listPage(form, model);
        }
        try {
            RescueTeam team = teams.register(enterprise, details);
            redirect.addFlashAttribute("success", "training.rescue-team.saved");
            return "redirect:/training/rescue-teams#team-" + team.id();
        } catch (AccessRefusedException outside) {
            result.reject("training.out-of-scope");
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
        }
        return listPage(form, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        PageAccess.require(TrainingPages.RECORD);
        RescueTeam team = teams.find(id);
        RescueTeam.Details d = team.details();
        RescueTeamForm form = new RescueTeamForm();
        form.setName(d.name());
        form.setMemberCount(String.valueOf(d.memberCount()));
        form.setLeaderName(d.leaderMaskedName());
        form.setEquipment(String.join("\n", d.equipment()));
        form.setMineRescue(d.mineRescue());
        form.setGrade(d.grade() == null ? null : d.grade().name());
        form.setVersion(team.version());
        return editPage(team, form, model);
    }

    @PostMapping("/{id}")
    String revise(@PathVariable UUID id, @ModelAttribute("form") RescueTeamForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        PageAccess.require(TrainingPages.RECORD);
        RescueTeam team = teams.find(id);
        RescueTeam.Details details = details(form, result);
        if (result.hasErrors()) {
            return editPage(team, form, model);
        }
        try {
            teams.revise(id, form.getVersion() == null ? -1 : form.getVersion(), details);
            redirect.addFlashAttribute("success", "training.rescue-team.revised");
            return "redirect:/training/rescue-teams#team-" + id;
        } catch (StaleVersionException stale) {
            result.reject("training.rescue-team.changed-meanwhile");
        } catch (DomainException refused) {
            FormErrors.reject(refused, result);
        }
        return editPage(team, form, model);
    }

    private RescueTeam.Details details(RescueTeamForm form, BindingResult result) {
        MineRescueGrade grade = FormErrors.field(result, "grade", () -> form.isMineRescue()
                ? RequestValues.enumValue(MineRescueGrade.class, form.getGrade(), "grade") : null);
        Integer members = FormErrors.field(result, "memberCount",
                () -> FormFields.number(form.getMemberCount(), "memberCount"));
        if (members == null) {
            return null;
        }
        List<String> equipment = form.getEquipment() == null ? List.of()
                : Arrays.stream(form.getEquipment().split("[\\r\\n]+")).toList();
        return FormErrors.field(result, "name", () -> new RescueTeam.Details(form.getName(), members,
                form.getLeaderName(), equipment, form.isMineRescue(), grade));
    }

    private String editPage(RescueTeam team, RescueTeamForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("team", team);
        model.addAttribute("enterprise", names.enterprise(team.enterpriseId()));
        model.addAttribute("grades", Arrays.asList(MineRescueGrade.values()));
        return "training/rescue-team-form";
    }

    private String listPage(RescueTeamForm form, Model model) {
        List<Enterprise> own = drills.ownEnterprises();
        if (own.size() == 1 && (form.getEnterpriseId() == null || form.getEnterpriseId().isBlank())) {
            form.setEnterpriseId(own.get(0).id().value().toString());
        }
        Map<String, String> jurisdictionNames = names.jurisdictions();
        Map<String, String> industryNames = names.industries();
        model.addAttribute("form", form);
        model.addAttribute("own", own);
        model.addAttribute("grades", Arrays.asList(MineRescueGrade.values()));
        model.addAttribute("lines", teams.list().stream().map(t -> new Line(t, names.enterprise(t.enterpriseId()),
                jurisdictionNames.getOrDefault(t.jurisdiction().value(), t.jurisdiction().value()))).toList());
        model.addAttribute("missing", teams.withoutTeam(null, null));
        model.addAttribute("jurisdictionNames", jurisdictionNames);
        model.addAttribute("industryNames", industryNames);
        model.addAttribute("canRecord", PageAccess.has(TrainingPages.RECORD));
        return "training/rescue-teams";
    }

    /** A team as the page shows it: the enterprise and jurisdiction by name. */
    record Line(RescueTeam team, String enterprise, String jurisdiction) {
    }
}
