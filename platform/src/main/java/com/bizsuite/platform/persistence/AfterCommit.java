package com.bizsuite.platform.persistence;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;

/** Work that may only happen once the current transaction has committed, such as remembering what it wrote. */
@Singleton
public final class AfterCommit {

    private final TransactionOperations<Connection> transactions;

    AfterCommit(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** Runs {@code work} after the current transaction commits; never when it rolls back or when there is none. */
    public void run(Runnable work) {
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        }));
    }
}
