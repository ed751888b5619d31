package com.bizsuite.platform.persistence;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads remembered for the rest of the current transaction: when one request's modules each read
 * the same row (the business's settings, the invoice's items), the second read gets the first
 * answer instead of another round trip. Only for rows the transaction reads and does not change;
 * a writer of such a row calls {@link #forget} in its transaction. Outside a transaction nothing
 * is remembered.
 */
@Singleton
public final class TransactionMemo {

    private record Memo(Object transaction, Map<Object, Object> values) {
    }

    private static final Object ABSENT = new Object();

    private final TransactionOperations<Connection> transactions;
    // a transaction stays on its thread; the transaction's identity guards against a memo outliving it
    private final ThreadLocal<Memo> current = new ThreadLocal<>();

    TransactionMemo(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** The value remembered for {@code key} in this transaction, else {@code read}'s answer, remembered. */
    @SuppressWarnings("unchecked")
    public <V> V get(Object key, Supplier<V> read) {
        Optional<? extends TransactionStatus<?>> status = transactions.findTransactionStatus();
        if (status.isEmpty()) {
            return read.get();
        }
        Memo memo = memoOf(status.get());
        if (memo.values().containsKey(key)) {
            return (V) memo.values().get(key);
        }
        V value = read.get();
        memo.values().put(key, value);
        return value;
    }

    /**
     * The values for {@code keys}: those remembered in this transaction, the others from one call
     * of {@code readMissing}, remembered, including the keys it found nothing for.
     */
    @SuppressWarnings("unchecked")
    public <K, V> Map<K, V> getAll(Collection<K> keys, Function<List<K>, Map<K, V>> readMissing) {
        Optional<? extends TransactionStatus<?>> status = transactions.findTransactionStatus();
        if (status.isEmpty()) {
            return readMissing.apply(List.copyOf(keys));
        }
        Map<Object, Object> values = memoOf(status.get()).values();
        Map<K, V> found = new HashMap<>();
        List<K> missing = new ArrayList<>();
        for (K key : keys) {
            Object value = values.get(key);
            if (value == null) {
                missing.add(key);
            } else if (value != ABSENT) {
                found.put(key, (V) value);
            }
        }
        if (!missing.isEmpty()) {
            Map<K, V> read = readMissing.apply(missing);
            for (K key : missing) {
                V value = read.get(key);
                values.put(key, value == null ? ABSENT : value);
                if (value != null) {
                    found.put(key, value);
                }
            }
        }
        return found;
    }

    /** Drops what this transaction remembers for {@code key}; for writers of the row. */
    public void forget(Object key) {
        Memo memo = current.get();
        if (memo != null) {
            memo.values().remove(key);
        }
    }

    private Memo memoOf(TransactionStatus<?> status) {
        Object transaction = status.getConnection();
        Memo memo = current.get();
        if (memo == null || memo.transaction() != transaction) {
            Memo fresh = new Memo(transaction, new HashMap<>());
            current.set(fresh);
            status.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(Status completed) {
                    if (current.get() == fresh) {
                        current.remove();
                    }
                }
            });
            return fresh;
        }
        return memo;
    }
}
