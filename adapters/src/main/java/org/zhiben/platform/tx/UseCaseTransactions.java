package org.zhiben.platform.tx;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.interceptor.MatchAlwaysTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * The one transactional decorator of the use cases. A use case of the application jar is a plain class without
 * annotations that does a whole operation — loads within the caller's scope, changes, stores, records the audit entry
 * and publishes the events; a module's {@code config} wires it as a bean through {@link #wrap}, and every public method
 * of the bean then runs in one transaction (joining the caller's, if there is one). A runtime exception — every
 * refusal of the domain is one — rolls the whole operation back, its audit entry and its events included.
 *
 * <pre>{@code
 * @Bean
 * RegisterEnterprise registerEnterprise(UseCaseTransactions transactional, Enterprises enterprises, ...) {
 *     return transactional.wrap(new RegisterEnterprise(enterprises, ...));
 * }
 * }</pre>
 * The use case's class must not be final (the decorator is a subclass of it).
 */
@Component
public class UseCaseTransactions {

    private final TransactionInterceptor interceptor;

    public UseCaseTransactions(PlatformTransactionManager transactionManager) {
        this.interceptor = new TransactionInterceptor(transactionManager, new MatchAlwaysTransactionAttributeSource());
    }

    /** The use case, decorated so that each call of one of its public methods is one transaction. */
    @SuppressWarnings("unchecked")
    public <T> T wrap(T useCase) {
        ProxyFactory factory = new ProxyFactory(useCase);
        factory.setProxyTargetClass(true);
        factory.addAdvice(interceptor);
        return (T) factory.getProxy(useCase.getClass().getClassLoader());
    }
}
