package com.bizsuite.gateway;

import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.netty.channel.ConnectTimeoutException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

class UpstreamFailuresTest {

    private static int status(Throwable failure) {
        return UpstreamFailures.of(failure, "auth").status().getCode();
    }

    @Test
    void nothingListeningIs503WithRetryAfter() {
        UpstreamFailures.Answer answer = UpstreamFailures.of(new HttpClientException("Connect Error", new ConnectException("refused")), "auth");
        assertThat(answer.status().getCode()).isEqualTo(503);
        assertThat(answer.retryAfterSeconds()).isEqualTo(5);
        assertThat(answer.message()).isEqualTo("The auth service is unavailable; please retry shortly");
        assertThat(status(new UnknownHostException("auth"))).isEqualTo(503);
    }

    @Test
    void tooSlowIs504() {
        assertThat(status(new TimeoutException())).isEqualTo(504);
        assertThat(status(ReadTimeoutException.TIMEOUT_EXCEPTION)).isEqualTo(504);
        assertThat(status(new HttpClientException("Connect Error", new ConnectTimeoutException("timed out"))))
                .as("a connect time-out is slowness, though Netty makes it a ConnectException").isEqualTo(504);
    }

    @Test
    void aBodyGrowingPastTheLimitIs413() {
        assertThat(status(new HttpClientException("body", new ContentLengthExceededException(1024, 1025)))).isEqualTo(413);
    }

    @Test
    void aBrokenExchangeIs502WithoutRetryAfter() {
        UpstreamFailures.Answer answer = UpstreamFailures.of(new HttpClientException("reset", new IOException("Connection reset by peer")), "business");
        assertThat(answer.status().getCode()).isEqualTo(502);
        assertThat(answer.retryAfterSeconds()).isNull();
        assertThat(answer.message()).isEqualTo("The business service gave no valid answer");
    }
}
