package com.bizsuite.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs calls at the same time, one thread each, as that many clients would send them. */
public final class Concurrently {

    private Concurrently() {
    }

    /** Every call's answer, in the order given; a call that threw fails this one. */
    public static <T> List<T> all(List<Callable<T>> calls) throws Exception {
        List<T> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(calls.size())) {
            for (Future<T> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
        }
        return answers;
    }
}
