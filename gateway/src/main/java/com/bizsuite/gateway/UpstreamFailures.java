package com.bizsuite.gateway;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.netty.channel.ConnectTimeoutException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/**
 * What a client is told when a service could not answer: 503 with {@code Retry-After} when nothing
 * takes the connection (the service is down or restarting), 504 when it is too slow (no answer within
 * the route's time-out, or no connection within the connect time-out), 502 when the exchange broke
 * (a connection reset, a malformed answer). A request body that grows past the limit while it
 * streams (no {@code Content-Length} told in advance) is the client's fault: 413.
 */
final class UpstreamFailures {

    static final int RETRY_AFTER_SECONDS = 5;

    /** {@code message} null: the problem body's usual message for the status. */
    record Answer(HttpStatus status, String kind, String message, Integer retryAfterSeconds) {
    }

    private UpstreamFailures() {
    }

    static Answer of(Throwable failure, String service) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ContentLengthExceededException) {
                return new Answer(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "too-large", null, null);
            }
            // before ConnectException, which Netty's connect time-out extends
            if (t instanceof TimeoutException || t instanceof ReadTimeoutException || t instanceof ConnectTimeoutException
                    || t instanceof io.netty.handler.timeout.TimeoutException) {
                return new Answer(HttpStatus.GATEWAY_TIMEOUT, "timeout", "The " + service + " service did not answer in time", null);
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException) {
                return new Answer(HttpStatus.SERVICE_UNAVAILABLE, "refused",
                        "The " + service + " service is unavailable; please retry shortly", RETRY_AFTER_SECONDS);
            }
        }
        return new Answer(HttpStatus.BAD_GATEWAY, "broken", "The " + service + " service gave no valid answer", null);
    }
}
