package org.zhiben.hazards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.DeterminationRequest;
import org.zhiben.hazards.DeterminationResult;
import org.zhiben.hazards.application.DetermineHazard;
import org.zhiben.platform.web.RequestValues;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;

@RestController
@RequestMapping("/api/v1/hazards/determinations")
@Tag(name = "Determination standards")
class DeterminationController {

    private final DetermineHazard determineHazard;
    DeterminationController(DetermineHazard determineHazard) {
        this.determineHazard = determineHazard;
    }

    record ClauseRequest(String standardCode, String clauseNumber) {
    }

    record DeterminationRequestBody(String sector, String discoveredOn, ClauseRequest clause) {
    }

    record DeterminationResponse(String level, String standardCode, String clauseNumber, String clauseText) {
    }

    @PostMapping
    @Operation(summary = "Determine the level of a finding from the clause it cites",
            description = "MAJOR with the clause text of the version applying to the sector on the day of "
                    + "discovery; GENERAL without a clause. 400 on the field clause for an unknown clause, a clause "
                    + "of another sector or one not in force that day.")
    DeterminationResponse determine(@RequestBody DeterminationRequestBody body) {
        IndustryCode sector = RequestValues.industry(body.sector(), "sector");
        if (sector == null) {
            throw new InvalidValueException("sector", "validation.required", "sector is required", "sector");
        }
        LocalDate discoveredOn = RequestDates.parse(body.discoveredOn(), "discoveredOn");
        ClauseReference clause = body.clause() == null ? null : clause(body.clause());
        DeterminationResult result = determineHazard.determine(new DeterminationRequest(sector, discoveredOn,
                clause));
        return new DeterminationResponse(result.level().name(), result.standardCode(),
                result.clause() == null ? null : result.clause().clauseNumber(), result.clauseText());
    }

    private static ClauseReference clause(ClauseRequest clause) {
        try {
            return new ClauseReference(clause.standardCode(), clause.clauseNumber());
        } catch (InvalidValueException e) {
            throw new InvalidValueException("clause", e.code(), e.getMessage(), e.arguments().toArray());
        }
    }
}
