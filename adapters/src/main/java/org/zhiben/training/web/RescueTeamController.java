package org.zhiben.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
import org.zhiben.enterprises.Enterprise;
import org.zhiben.platform.web.IfMatch;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.platform.web.RespondsWithETag;
import org.zhiben.shared.Require;
import org.zhiben.training.MineRescueGrade;
import org.zhiben.training.RescueTeam;
import org.zhiben.training.application.ManageRescueTeams;

/**
 * Enterprises' rescue teams (应急救援队伍, task 9): register one (an enterprise its own, an officer within scope), revise
 * it with If-Match, list them, and the enterprises of high-risk industries without a team.
 */
@Tag(name = "Training: rescue teams", description = "高危行业企业应急救援队伍：人数、队长（脱敏）、装备；矿山救护队标准化等级")
@RestController
@RequestMapping("/api/v1/training/rescue-teams")
class RescueTeamController {

    @Schema(description = "A team: the leader's name is masked before it is stored; grade only for a mine rescue "
            + "team, and required for one")
    record TeamRequest(UUID enterpriseId, String name, Integer memberCount, String leaderName, List<String> equipment,
            Boolean mineRescue, @Schema(nullable = true, implementation = MineRescueGrade.class) String grade) {
    }

    @Schema(description = "A rescue team; the ETag header of a single team carries its version")
    record TeamView(UUID id, UUID enterpriseId, String jurisdiction, String industry, String name, int memberCount,
            String leaderMaskedName, List<String> equipment, boolean mineRescue,
            @Schema(nullable = true, implementation = MineRescueGrade.class) String grade,
            @Schema(nullable = true) String gradeLabel, long version) {

        static TeamView of(RescueTeam t) {
            RescueTeam.Details d = t.details();
            return new TeamView(t.id(), t.enterpriseId(), t.jurisdiction().value(), t.industry().value(), d.name(),
                    d.memberCount(), d.leaderMaskedName(), d.equipment(), d.mineRescue(),
                    d.grade() == null ? null : d.grade().name(), d.grade() == null ? null : d.grade().label(),
                    t.version());
        }
    }

    @Schema(description = "An enterprise of a high-risk industry without a rescue team")
    record MissingView(UUID enterpriseId, String name, String jurisdiction, String industry) {

        static MissingView of(Enterprise e) {
            return new MissingView(e.id().value(), e.name(), e.jurisdiction().value(), e.industry().value());
        }
    }

    private final ManageRescueTeams teams;

    RescueTeamController(ManageRescueTeams teams) {
        this.teams = teams;
    }

    @Operation(summary = "Register an enterprise's rescue team (one per enterprise: 409 for a second)")
    @PostMapping
    @RespondsWithETag
    ResponseEntity<TeamView> register(@RequestBody TeamRequest request) {
        RescueTeam team = teams.register(request.enterpriseId(), details(request));
        return ResponseEntity.created(URI.create("/api/v1/training/rescue-teams/" + team.id()))
                .eTag(IfMatch.etag(team.version())).body(TeamView.of(team));
    }

    @Operation(summary = "Revise a team; If-Match: its ETag (428 without, 412 when it changed meanwhile)")
    @PutMapping("/{id}")
    @RespondsWithETag
    ResponseEntity<TeamView> revise(@PathVariable UUID id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestBody TeamRequest request) {
        long expected = IfMatch.requiredVersion(ifMatch);
        RescueTeam team = teams.revise(id, expected, details(request));
        return IfMatch.answer(team.version(), TeamView.of(team));
    }

    @Operation(summary = "The teams in the caller's data scope")
    @GetMapping
    List<TeamView> list() {
        return teams.list().stream().map(TeamView::of).toList();
    }

    @Operation(summary = "One team, with its version as ETag (404 outside the caller's scope)")
    @GetMapping("/{id}")
    @RespondsWithETag
    ResponseEntity<TeamView> one(@PathVariable UUID id) {
        RescueTeam team = teams.find(id);
        return IfMatch.answer(team.version(), TeamView.of(team));
    }

    @Operation(summary = "The operating enterprises of high-risk industries in the caller's scope without a team")
    @GetMapping("/missing")
    List<MissingView> missing(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String industry) {
        return teams.withoutTeam(RequestValues.jurisdiction(jurisdiction, "jurisdiction"),
                RequestValues.industry(industry, "industry")).stream().map(MissingView::of).toList();
    }

    private static RescueTeam.Details details(TeamRequest r) {
        return new RescueTeam.Details(r.name(), Require.notNull(r.memberCount(), "memberCount"), r.leaderName(),
                r.equipment(), Boolean.TRUE.equals(r.mineRescue()),
                RequestValues.enumValue(MineRescueGrade.class, r.grade(), "grade"));
    }
}
