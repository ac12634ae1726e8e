package org.zhiben.hazards.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.hazards.DeterminationStandards;
import org.zhiben.hazards.application.BrowseStandards;
import org.zhiben.hazards.application.DetermineHazard;
import org.zhiben.hazards.application.ImportStandard;
import org.zhiben.hazards.application.PutStandardInForce;

/** Wires the determination standards' use cases (plain classes of the application jar) to their adapter. */
@Configuration(proxyBeanMethods = false)
class StandardsConfiguration {

    @Bean
    ImportStandard importStandard(DeterminationStandards standards) {
        return new ImportStandard(standards);
    }

    @Bean
    PutStandardInForce putStandardInForce(DeterminationStandards standards) {
        return new PutStandardInForce(standards);
    }

    @Bean
    BrowseStandards browseStandards(DeterminationStandards standards) {
        return new BrowseStandards(standards);
    }

    @Bean
    DetermineHazard determineHazard(DeterminationStandards standards) {
        return new DetermineHazard(standards);
    }
}
