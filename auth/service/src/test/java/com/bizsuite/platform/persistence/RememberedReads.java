package com.bizsuite.platform.persistence;

import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicInteger;

/** A read that counts how often it is really made, for {@link TransactionMemoIT}. */
@Singleton
class RememberedReads {

    final AtomicInteger made = new AtomicInteger();

    @RememberedInTransaction
    String settingsOf(String business) {
        return business + "#" + made.incrementAndGet();
    }
}
