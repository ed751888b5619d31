package com.bizsuite.platform.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The handlers around an in-memory HTTP codec with small limits: a 64-byte request line, 256 bytes of headers. */
class OversizeRequestsTest {

    private final EmbeddedChannel channel = connection();

    private static EmbeddedChannel connection() {
        EmbeddedChannel channel = new EmbeddedChannel();
        channel.pipeline().addLast("http-server-codec",
                new HttpServerCodec(new HttpDecoderConfig().setMaxInitialLineLength(64).setMaxHeaderSize(256)));
        OversizeRequests.install(channel.pipeline(), 64, 256);
        return channel;
    }

    @AfterEach
    void close() {
        channel.finishAndReleaseAll();
    }

    private void send(String text) {
        channel.writeInbound(Unpooled.copiedBuffer(text, StandardCharsets.ISO_8859_1));
    }

    private List<HttpRequest> requests() {
        List<HttpRequest> requests = new ArrayList<>();
        for (Object message = channel.readInbound(); message != null; message = channel.readInbound()) {
            if (message instanceof HttpRequest request) {
                requests.add(request);
            }
            ReferenceCountUtil.release(message);
        }
        return requests;
    }

    private HttpRequest refused() {
        List<HttpRequest> requests = requests();
        assertThat(requests).isNotEmpty();
        HttpRequest last = requests.getLast();
        assertThat(last.decoderResult().isFailure()).isTrue();
        return last;
    }

    private static String id(int length) {
        return "a".repeat(length);
    }

    @Test
    void aLongRequestLineKeepsItsMethodAndPath() {
        send("DELETE /api/v1/parties/" + id(100) + "?page=2 HTTP/1.1\r\nHost: x\r\n\r\n");
        HttpRequest request = refused();
        assertThat(request.method().name()).isEqualTo("DELETE");
        assertThat(request.uri()).isEqualTo("/api/v1/parties/" + id(100));
        assertThat(request.decoderResult().cause()).isInstanceOf(TooLongHttpLineException.class)
                .hasMessage("The request line (method, path and query) is longer than 64 bytes");
    }

    @Test
    void aLineArrivingInPiecesAfterABodyOnTheSameConnectionIsReadFromItsStart() {
        send("POST /api/v1/parties HTTP/1.1\r\nHost: x\r\nContent-Length: 12\r\n\r\n{\"name\":\"x\"}");
        assertThat(requests()).hasSize(1).allMatch(r -> r.decoderResult().isSuccess());
        send("GET /api/v1/items/");
        send(id(100) + " HTTP/1.1\r\n\r\n");
        assertThat(refused().uri()).isEqualTo("/api/v1/items/" + id(100));
    }

    @Test
    void aPathLongerThanWhatIsKeptIsGivenAsItsPrefix() {
        send("GET /api/v1/parties/" + id(3000) + " HTTP/1.1\r\n\r\n");
        String uri = refused().uri();
        assertThat(uri).startsWith("/api/v1/parties/aaaa").hasSize(OversizeRequests.KEPT - "GET ".length());
    }

    @Test
    void anAbsoluteTargetGivesItsPathAndABrokenEscapeIsLeftOut() {
        send("GET http://api.example.com/api/v1/items/" + id(100) + "%2");
        assertThat(refused().uri()).isEqualTo("/api/v1/items/" + id(100));
    }

    @Test
    void whatDoesNotReadAsARequestLineGivesOnlySlash() {
        send("GET /api/v1/items HTTP/1.1\r\n\r\nGET /api/v1/items/" + id(10));
        assertThat(requests()).hasSize(1);
        send(id(100));
        HttpRequest request = refused();
        assertThat(request.uri()).as("the kept bytes start inside the line").isEqualTo("/");
        assertThat(request.decoderResult().cause()).isInstanceOf(TooLongHttpLineException.class);
    }

    @Test
    void aLongLineInTheReadThatEndedAnotherRequestIsNotGivenThatRequestsPath() {
        send("GET /api/v1/units HTTP/1.1\r\n\r\nGET /api/v1/items/" + id(100));
        List<HttpRequest> requests = requests();
        assertThat(requests).extracting(HttpRequest::uri).containsExactly("/api/v1/units", "/");
    }

    @Test
    void headersOverTheLimitKeepTheRealRequest() {
        send("GET /api/v1/items?x=1 HTTP/1.1\r\nX-Request-ID: abc\r\nHost: x\r\nX-Big: " + id(400) + "\r\n\r\n");
        HttpRequest request = refused();
        assertThat(request.uri()).isEqualTo("/api/v1/items?x=1");
        assertThat(request.headers().get("X-Request-ID")).isEqualTo("abc");
        assertThat(request.decoderResult().cause()).isInstanceOf(TooLongHttpHeaderException.class)
                .hasMessage("The request headers are larger than 256 bytes in all");
    }

    @Test
    void requestsWithinTheLimitsPassUntouched() {
        send("GET /api/v1/items/1 HTTP/1.1\r\nHost: x\r\n\r\nGET /api/v1/items/2 HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(requests()).extracting(HttpRequest::uri).containsExactly("/api/v1/items/1", "/api/v1/items/2");
    }
}
