package com.bizsuite.testing;

/**
 * One real Redis per test JVM: {@code TEST_REDIS_URI} when set, else a {@code redis-server}
 * found on the PATH, started on a free port. There is no silent fallback to a fake.
 */
final class TestRedis {

    private static String uri;

    private TestRedis() {
    }

    static synchronized String uri() {
        if (uri == null) {
            String configured = System.getenv("TEST_REDIS_URI");
            uri = configured != null && !configured.isBlank() ? configured : RedisServerProcess.start().uri();
        }
        return uri;
    }
}
