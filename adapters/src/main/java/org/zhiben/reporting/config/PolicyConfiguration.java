package org.zhiben.reporting.config;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.zhiben.audit.AuditRecorder;
import org.zhiben.identity.CurrentActors;
import org.zhiben.organization.MemberUnits;
import org.zhiben.platform.files.FileContentRules;
import org.zhiben.platform.files.FileContentRules.ContentType;
import org.zhiben.platform.tx.UseCaseTransactions;
import org.zhiben.reporting.application.ReadPolicies;
import org.zhiben.reporting.application.RecordPolicies;
import org.zhiben.reporting.application.UnitsOfCaller;
import org.zhiben.reporting.storage.PolicyEntries;
import org.zhiben.reporting.storage.PolicyFiles;

/**
 * Wires the policy statistics (附表2) use cases to their adapters, each decorated by {@link UseCaseTransactions#wrap}:
 * every public method is one transaction, and a refusal rolls back the change and its audit entry together.
 */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    /** What the issued document of a policy may be: PDF, or a JPEG or PNG scan, 20 MB by default. */
    @Bean
    FileContentRules policyDocumentRules(
            @Value("${zhiben.reporting.policy-document.max-size:20MB}") DataSize maxSize) {
        return new FileContentRules("reporting.policy.document", maxSize.toBytes(), ContentType.PDF,
                ContentType.JPEG, ContentType.PNG);
    }

    @Bean
    UnitsOfCaller unitsOfCaller(CurrentActors actors, MemberUnits units) {
        return new UnitsOfCaller(actors, units);
    }

    @Bean
    RecordPolicies recordPolicies(UseCaseTransactions tx, PolicyEntries entries, PolicyFiles files,
            UnitsOfCaller units, MemberUnits memberUnits, CurrentActors actors, AuditRecorder audit,
            Clock clock) {
        return tx.wrap(new RecordPolicies(entries, files, units, memberUnits, actors, audit, clock));
    }

    @Bean
    ReadPolicies readPolicies(UseCaseTransactions tx, PolicyEntries entries, PolicyFiles files,
            UnitsOfCaller units) {
        return tx.wrap(new ReadPolicies(entries, files, units));
    }
}
