package com.bizsuite.platform.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests whose request line or headers are over the server's limits. Netty stops decoding
 * such a request and hands on a failed one: for a long line a stand-in for {@code GET /bad-request},
 * since it never finished reading the line; for long headers the real request with the headers
 * read so far. Here the stand-in gets its method and the start of its path back, from the first
 * {@value #KEPT} bytes of the request remembered in front of the decoder, and both failures carry a
 * message a client can act on; the problem processor answers them 414 and 431.
 *
 * <p>A request is taken to start with the first read after the previous one ended, which is exact
 * for clients that send one request at a time on a connection (browsers, HTTP client libraries, an
 * ALB). When a client pipelines, that read may hold the end of the previous request; the bytes
 * kept then belong to another request or start inside the line, and the path given is {@code /},
 * a prefix of every path, rather than a guess.
 */
@Singleton
final class OversizeRequests implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    static final int KEPT = 1024;
    private static final Pattern REQUEST_LINE = Pattern.compile("([A-Z]{1,20}) (?:[A-Za-z][A-Za-z0-9+.-]*://[^/ ]*)?(/\\S*)");
    private static final Pattern PATH = Pattern.compile("/(?:[A-Za-z0-9._~!$&'()*+,;=:@/-]|%[0-9A-Fa-f]{2})*");

    private final NettyHttpServerConfiguration server;

    OversizeRequests(NettyHttpServerConfiguration server) {
        this.server = server;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Customizer(null, server.getMaxInitialLineLength(), server.getMaxHeaderSize()));
        return event.getBean();
    }

    /** Puts the two handlers around the HTTP/1 codec of {@code pipeline}, if it has one. */
    static void install(ChannelPipeline pipeline, int lineLimit, int headerLimit) {
        String codec = ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC;
        if (pipeline.get(codec) == null || pipeline.get(RequestStart.class) != null) {
            return;
        }
        RequestStart start = new RequestStart(lineLimit, headerLimit);
        pipeline.addBefore(codec, "bizsuite-request-start", start);
        pipeline.addAfter(codec, "bizsuite-oversize", start.new Refused());
    }

    private record Customizer(Channel channel, int lineLimit, int headerLimit) implements NettyServerCustomizer {

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new Customizer(channel, lineLimit, headerLimit) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel != null) {
                install(channel.pipeline(), lineLimit, headerLimit);
            }
        }
    }

    /** In front of the decoder: keeps the first bytes of each request as they arrive. */
    private static final class RequestStart extends ChannelInboundHandlerAdapter {

        private final byte[] kept = new byte[KEPT];
        private final int lineLimit;
        private final int headerLimit;
        private int length;
        private boolean requestEnded;

        RequestStart(int lineLimit, int headerLimit) {
            this.lineLimit = lineLimit;
            this.headerLimit = headerLimit;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (msg instanceof ByteBuf bytes) {
                note(bytes);
            }
            super.channelRead(ctx, msg);
        }

        private void note(ByteBuf bytes) {
            if (requestEnded) {
                length = 0;
                requestEnded = false;
            }
            int count = Math.min(KEPT - length, bytes.readableBytes());
            if (count > 0) {
                bytes.getBytes(bytes.readerIndex(), kept, length, count);
                length += count;
            }
        }

        /** The start of the request being decoded; empty when a request ended after these bytes came (pipelining). */
        private String text() {
            return requestEnded ? "" : new String(kept, 0, length, StandardCharsets.ISO_8859_1);
        }

        /** Behind the decoder: gives a request refused for its size its method, path and message back; notes where each request ends. */
        private final class Refused extends ChannelInboundHandlerAdapter {

            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
                if (msg instanceof HttpRequest request && request.decoderResult().isFailure()) {
                    Throwable cause = request.decoderResult().cause();
                    if (cause instanceof TooLongHttpLineException) {
                        restore(request, text());
                        request.setDecoderResult(DecoderResult.failure(new TooLongHttpLineException(
                                "The request line (method, path and query) is longer than " + lineLimit + " bytes")));
                    } else if (cause instanceof TooLongHttpHeaderException) {
                        request.setDecoderResult(DecoderResult.failure(new TooLongHttpHeaderException(
                                "The request headers are larger than " + headerLimit + " bytes in all")));
                    }
                }
                if (msg instanceof LastHttpContent) {
                    requestEnded = true;
                }
                super.channelRead(ctx, msg);
            }
        }
    }

    /** The method and the longest prefix of the path that {@code kept} shows; {@code /} when it does not read as a request line. */
    private static void restore(HttpRequest request, String kept) {
        Matcher line = REQUEST_LINE.matcher(kept.stripLeading());
        String path = "/";
        if (line.lookingAt()) {
            request.setMethod(HttpMethod.valueOf(line.group(1)));
            Matcher prefix = PATH.matcher(line.group(2));
            path = prefix.lookingAt() ? prefix.group() : path;
        }
        request.setUri(path);
    }
}
