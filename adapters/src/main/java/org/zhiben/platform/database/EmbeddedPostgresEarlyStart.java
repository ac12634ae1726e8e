package org.zhiben.platform.database;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL as soon as the application context is prepared, before it is refreshed, when
 * {@link NoDatasourceConfiguredCondition} holds, and registers the {@link EmbeddedPostgresLaunch} for
 * {@link EmbeddedPostgresConfiguration} to claim. A setting the start-up refuses stops it before this point, so that
 * no PostgreSQL is started then; when the context fails or closes before claiming it, the launch stops PostgreSQL.
 */
public class EmbeddedPostgresEarlyStart implements ApplicationListener<ApplicationPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        ConfigurableListableBeanFactory beanFactory = event.getApplicationContext().getBeanFactory();
        if (!NoDatasourceConfiguredCondition.applies(environment)
                || beanFactory.containsSingleton(EmbeddedPostgresLaunch.BEAN_NAME)) {
            return;
        }
        EmbeddedPostgresLaunch launch = EmbeddedPostgresLaunch.begin(EmbeddedPostgresConfiguration.directory(
                environment.getProperty("zhiben.embedded-postgres.data-dir", "./data/postgres")),
                environment.getProperty("zhiben.embedded-postgres.port", Integer.class, 0));
        beanFactory.registerSingleton(EmbeddedPostgresLaunch.BEAN_NAME, launch);
        if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(EmbeddedPostgresLaunch.BEAN_NAME, launch::abandon);
        }
    }
}
