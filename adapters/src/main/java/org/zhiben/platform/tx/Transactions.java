package org.zhiben.platform.tx;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens the transaction around a use case. The use cases of the application jar are plain classes without
 * annotations: the adapter that calls one decides the transaction boundary here, so that the change, its domain
 * events (Spring Modulith's publication registry) and its audit entry commit together or not at all.
 */
@Component
public class Transactions {

    private final TransactionTemplate readWrite;
    private final TransactionTemplate readOnly;

    public Transactions(PlatformTransactionManager transactionManager) {
        this.readWrite = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    public <T> T write(Supplier<T> work) {
        return readWrite.execute(status -> work.get());
    }

    public void write(Runnable work) {
        readWrite.executeWithoutResult(status -> work.run());
    }

    public <T> T read(Supplier<T> work) {
        return readOnly.execute(status -> work.get());
    }
}
