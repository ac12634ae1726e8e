package org.zhiben.training.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.zhiben.enterprises.Enterprise;
import org.zhiben.enterprises.EnterpriseSearch;
import org.zhiben.enterprises.EnterpriseStatus;
import org.zhiben.enterprises.Page;
import org.zhiben.organization.Industries;
import org.zhiben.organization.Industry;
import org.zhiben.shared.DataScope;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.JurisdictionCode;
import org.zhiben.shared.NotFoundException;
import org.zhiben.shared.Require;
import org.zhiben.shared.RuleViolationException;
import org.zhiben.shared.StaleVersionException;
import org.zhiben.training.RescueTeam;
import org.zhiben.training.storage.RescueTeams;

/**
 * Enterprises' rescue teams (task 9: "推动高危行业企业建立安全生产应急救援队伍,配备应急救援装备和物资"): an enterprise's user
 * registers and revises its own team, an officer those of the enterprises in his scope (403 outside it); one team per
 * enterprise (a second is refused, 409); a revision names the version it changes (412 when stale). Also the
 * enterprises of high-risk industries in the caller's scope that have no team. Audited as
 * {@code rescue-team.registered} and {@code rescue-team.revised}, the leader's name never in the entry.
 */
public class ManageRescueTeams {

    public static final String REGISTERED = "rescue-team.registered";
    public static final String REVISED = "rescue-team.revised";

    private final TrainingStore store;
    private final RescueTeams teams;
    private final Industries industries;

    public ManageRescueTeams(TrainingStore store, RescueTeams teams, Industries industries) {
        this.store = store;
        this.teams = teams;
        this.industries = industries;
    }

    public RescueTeam register(UUID enterpriseId, RescueTeam.Details details) {
        Require.notNull(enterpriseId, "enterpriseId");
        Require.notNull(details, "details");
        Enterprise enterprise = store.enterpriseToActOn(enterpriseId);
        if (teams.findByEnterprise(enterpriseId).isPresent()) {
            throw new RuleViolationException("training.rescue-team.exists",
                    "the enterprise has registered its rescue team already", enterprise.name());
        }
        RescueTeam team = RescueTeam.register(enterpriseId, enterprise.jurisdiction(), enterprise.industry(),
                details, store.caller().username(), store.now());
        long version = teams.add(team);
        store.audit(RescueTeam.ENTITY, team.id(), REGISTERED, change(team));
        return team.asStored(version);
    }

    public RescueTeam revise(UUID id, long expectedVersion, RescueTeam.Details details) {
        Require.notNull(details, "details");
        RescueTeam current = find(id);
        if (!store.inScope(current.jurisdiction(), current.industry(), current.enterpriseId())) {
            throw new NotFoundException(RescueTeam.ENTITY, id);
        }
        if (current.version() != expectedVersion) {
            throw new StaleVersionException(RescueTeam.ENTITY, id, expectedVersion, current.version());
        }
        RescueTeam revised = current.revise(details, store.caller().username(), store.now());
        long version = teams.update(revised, expectedVersion);
        store.audit(RescueTeam.ENTITY, id, REVISED, change(revised));
        return revised.asStored(version);
    }

    /** A team inside the caller's scope; 404 outside it. */
    public RescueTeam find(UUID id) {
        RescueTeam team = teams.findById(id).orElseThrow(() -> new NotFoundException(RescueTeam.ENTITY, id));
        if (!store.inScope(team.jurisdiction(), team.industry(), team.enterpriseId())) {
            throw new NotFoundException(RescueTeam.ENTITY, id);
        }
        return team;
    }

    /** The teams in the caller's scope. */
    public List<RescueTeam> list() {
        return teams.search(store.scope());
    }

    /**
     * The operating enterprises of high-risk industries in the caller's scope (of one jurisdiction and/or industry
     * when given) that have no rescue team, by name.
     */
    public List<Enterprise> withoutTeam(JurisdictionCode jurisdiction, IndustryCode industry) {
        DataScope scope = store.scope();
        List<Enterprise> highRisk = new ArrayList<>();
        int page = 0;
        Page<Enterprise> found;
        do {
            found = store.enterprises().search(new EnterpriseSearch(jurisdiction, industry, null, page,
                    EnterpriseSearch.MAX_PAGE_SIZE, scope));
            found.items().stream().filter(e -> e.status() != EnterpriseStatus.CLOSED).filter(this::highRisk)
                    .forEach(highRisk::add);
            page++;
        } while ((long) page * EnterpriseSearch.MAX_PAGE_SIZE < found.total());
        Set<UUID> withTeam = teams.withTeam(highRisk.stream().map(e -> e.id().value()).toList());
        return highRisk.stream().filter(e -> !withTeam.contains(e.id().value())).toList();
    }

    private boolean highRisk(Enterprise enterprise) {
        return industries.findByCode(enterprise.industry()).map(Industry::highRisk).orElse(enterprise.highRisk());
    }

    private static String change(RescueTeam team) {
        RescueTeam.Details d = team.details();
        return "enterprise=" + team.enterpriseId() + ";memberCount=" + d.memberCount() + ";equipment="
                + d.equipment().size() + ";mineRescue=" + d.mineRescue()
                + (d.grade() == null ? "" : ";grade=" + d.grade().name());
    }
}
