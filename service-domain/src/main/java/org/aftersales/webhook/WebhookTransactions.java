package org.aftersales.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.function.Supplier;

/**
 * Runs each step of a delivery round in a transaction of its own ({@link WebhookDispatcher#deliverDue}): the claim
 * commits before the receiver is called, and no transaction stays open while a receiver takes its time.
 */
@ApplicationScoped
public class WebhookTransactions implements WebhookDispatcher.Transactions {

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public <T> T inNew(Supplier<T> work) {
        return work.get();
    }
}
