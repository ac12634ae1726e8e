package org.zhiben.platform.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when the application should start its own PostgreSQL: no datasource URL is configured (property or
 * {@code SPRING_DATASOURCE_URL}) and {@code zhiben.embedded-postgres.enabled} is not {@code false}.
 */
class NoDatasourceConfiguredCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return applies(context.getEnvironment());
    }

    static boolean applies(Environment environment) {
        boolean enabled = environment.getProperty("zhiben.embedded-postgres.enabled", Boolean.class, true);
        String url = environment.getProperty("spring.datasource.url");
        return enabled && (url == null || url.isBlank());
    }
}
