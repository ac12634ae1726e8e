package org.zhiben.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.enforcement.PenaltyCaseId;
import org.zhiben.enforcement.TipOffId;
import org.zhiben.enforcement.TypicalCase;
import org.zhiben.enforcement.application.PublishTypicalCase;
import org.zhiben.enforcement.application.ReadTypicalCases;
import org.zhiben.enforcement.web.TypicalCaseViews.TypicalCasePageView;
import org.zhiben.enforcement.web.TypicalCaseViews.TypicalCaseView;
import org.zhiben.organization.MemberUnits;
import org.zhiben.shared.UnitCode;

/**
 * Typical cases (典型案例): published from a closed tip-off (by the tip-off officer) or a decided penalty case (by a
 * penalising officer), with personal data removed; the list of those published.
 */
@Tag(name = "Enforcement: typical cases", description = "典型案例：从已办结的举报或已决定的处罚案件发布，隐去个人信息")
@RestController
@RequestMapping("/api/v1/enforcement")
class TypicalCaseController {

    record PublishRequest(String title, String account) {
    }

    private final PublishTypicalCase publish;
    private final ReadTypicalCases read;
    private final MemberUnits units;

    TypicalCaseController(PublishTypicalCase publish, ReadTypicalCases read, MemberUnits units) {
        this.publish = publish;
        this.read = read;
        this.units = units;
    }

    @Operation(summary = "The typical cases published, newest first")
    @GetMapping("/typical-cases")
    TypicalCasePageView list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return TypicalCasePageView.of(read.published(page, size), this::unitName);
    }

    @Operation(summary = "Publish a closed tip-off as a typical case, personal data removed")
    @PostMapping("/tip-offs/{id}/typical-case")
    ResponseEntity<TypicalCaseView> fromTipOff(@PathVariable UUID id, @RequestBody PublishRequest request) {
        return created(publish.fromTipOff(new TipOffId(id), request.title(), request.account()));
    }

    @Operation(summary = "Publish a decided penalty case as a typical case, personal data removed")
    @PostMapping("/cases/{id}/typical-case")
    ResponseEntity<TypicalCaseView> fromCase(@PathVariable UUID id, @RequestBody PublishRequest request) {
        return created(publish.fromCase(new PenaltyCaseId(id), request.title(), request.account()));
    }

    private ResponseEntity<TypicalCaseView> created(TypicalCase published) {
        return ResponseEntity.created(URI.create("/api/v1/enforcement/typical-cases"))
                .body(TypicalCaseView.of(published, unitName(published.publishingUnit())));
    }

    String unitName(String code) {
        return unitNameOf(units, code);
    }

    static String unitNameOf(MemberUnits units, String code) {
        try {
            return units.findByCode(UnitCode.of(code)).map(u -> u.name()).orElse(code);
        } catch (RuntimeException notACode) {
            return code;
        }
    }
}
