package com.bizsuite.platform.persistence;

import com.bizsuite.platform.dependency.DependencyState;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.jdbc.DataSourceResolver;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;

/**
 * Whether PostgreSQL answers, for the logs, the {@code bizsuite_dependency_up} gauge and the 503
 * answers. Requests are not refused in advance while it is down: each waits at most the pool's
 * connection time-out (about a second), so a pool merely busy under a burst is never mistaken for
 * an outage. Made at start-up, so that the gauge is there before the first failure needs it.
 */
@Context
@Requires(beans = DataSource.class)
public class DatabaseAvailability {

    /** Connection exceptions (08), shutdowns and restarts (57P01-57P03), too many connections (53300). */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private final DataSource dataSource;
    private final DependencyState state;

    DatabaseAvailability(DataSource dataSource, DataSourceResolver resolver, MeterRegistry meters,
                         @Value("${bizsuite.database.probe-interval:500ms}") Duration probeInterval) {
        this.dataSource = resolver.resolve(dataSource);
        this.state = new DependencyState("PostgreSQL", this::probe, probeInterval, meters);
    }

    /**
     * Whether {@code failure} means the database could not be reached (as opposed to a refused
     * statement): no connection from the pool in time, a connection-level SQLState, or a connection
     * that broke under a running transaction.
     */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || OUTAGE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Records an outage that a request ran into; a pool that only timed out while the database answers is not one. */
    public void failed(Throwable failure) {
        state.countRefused();
        if (reachedNoServer(failure)) {
            state.markDown(failure);
        }
    }

    public boolean isUp() {
        return state.isUp();
    }

    private static boolean reachedNoServer(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && !(t instanceof SQLTransientConnectionException)) {
                return true;
            }
        }
        return false;
    }

    private void probe() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(1)) {
                throw new SQLException("connection not valid");
            }
        }
    }
}
