package com.bizsuite.platform.persistence;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.context.BeanProvider;

import java.util.Arrays;
import java.util.List;

/** Answers a {@link RememberedInTransaction} read from the transaction's memo once it has been made. */
@InterceptorBean(RememberedInTransaction.class)
final class RememberedInTransactionInterceptor implements MethodInterceptor<Object, Object> {

    private record Call(String type, String method, List<Object> arguments) {
    }

    // a process without a database has no transactions, and nothing to remember in
    private final BeanProvider<TransactionMemo> memo;

    RememberedInTransactionInterceptor(BeanProvider<TransactionMemo> memo) {
        this.memo = memo;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        if (!memo.isPresent()) {
            return context.proceed();
        }
        Call call = new Call(context.getDeclaringType().getName(), context.getMethodName(), Arrays.asList(context.getParameterValues().clone()));
        return memo.get().get(call, context::proceed);
    }
}
