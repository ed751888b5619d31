package com.bizsuite.testing;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

/**
 * Base of every {@code *IT}: the application context talks to a real PostgreSQL and a real
 * Redis. Subclasses add their own properties by overriding {@link #extraProperties()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RealInfrastructure implements TestPropertyProvider {

    @Override
    public final Map<String, String> getProperties() {
        TestPostgres.Connection db = TestPostgres.connection();
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", db.url());
        properties.put("datasources.default.username", db.user());
        properties.put("datasources.default.password", db.password());
        properties.put("redis.uri", TestRedis.uri());
        properties.put("micronaut.server.port", "-1");
        properties.putAll(extraProperties());
        return properties;
    }

    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    /** The same PostgreSQL and Redis as the environment variables a packaged BizSuite process reads. */
    public static Map<String, String> processEnvironment() {
        TestPostgres.Connection db = TestPostgres.connection();
        return Map.of("JDBC_URL", db.url(), "JDBC_USER", db.user(), "JDBC_PASSWORD", db.password(), "REDIS_URI", TestRedis.uri());
    }

    /** The shared real Redis alone, for tests of a process without a database (the gateway). */
    public static String redisUri() {
        return TestRedis.uri();
    }

    /** Where PostgreSQL and Redis came from, for test logs. */
    public static String describe() {
        return TestPostgres.connection().source() + " at " + TestPostgres.connection().url() + ", Redis at " + TestRedis.uri();
    }
}
