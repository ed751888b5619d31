package com.bizsuite.gateway;

import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.ratelimit.LeasedPermits;
import com.bizsuite.platform.security.PublicRoute;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Options;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * Every path, handed to the service that owns it ({@link RouteTable}) with its body streamed both
 * ways, never parsed, whatever its content type or the type the client accepts (the service
 * decides: JSON, CSV, PDF). A route exists for every method (HEAD comes with GET) under each
 * prefix the route table can send on, so that CORS preflights are answered here and the
 * gateway's own endpoints (health, metrics) are never taken for a service's. Nothing here blocks:
 * the rate-limit count in Redis and the exchange run on the request's event loop. The gateway
 * authenticates nobody: tokens are checked by the services.
 */
@PublicRoute
@Controller
@Consumes(MediaType.ALL)
@Produces(MediaType.ALL)
class ProxyController {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyController.class);
    private static final String CLOSE = "close";

    private final RouteTable routes;
    private final ForwardedRequests forwarded;
    private final ProxyHttpClient client;
    private final LeasedPermits limiter;
    private final RateLimitSetting rateLimit;
    private final HttpClientAddressResolver addresses;
    private final ErrorResponseProcessor<?> errors;
    private final MeterRegistry meters;
    private final long maxRequestSize;

    ProxyController(RouteTable routes, ForwardedRequests forwarded, @Client ProxyHttpClient client, LeasedPermits limiter,
                    RateLimitSetting rateLimit, HttpClientAddressResolver addresses, ErrorResponseProcessor<?> errors, MeterRegistry meters,
                    HttpServerConfiguration server) {
        this.routes = routes;
        this.forwarded = forwarded;
        this.client = client;
        this.limiter = limiter;
        this.rateLimit = rateLimit;
        this.addresses = addresses;
        this.errors = errors;
        this.meters = meters;
        this.maxRequestSize = server.getMaxRequestSize();
    }

    @Get(uris = {"/api/{+path}", "/.well-known/{+path}", "/businesses", "/businesses/{+path}", "/permissions", "/users/{+path}"})
    Publisher<MutableHttpResponse<?>> get(HttpRequest<?> request) {
        return forward(request);
    }

    @Post(uris = {"/api/{+path}", "/.well-known/{+path}", "/businesses", "/businesses/{+path}", "/permissions", "/users/{+path}"})
    Publisher<MutableHttpResponse<?>> post(HttpRequest<?> request) {
        return forward(request);
    }

    @Put(uris = {"/api/{+path}", "/.well-known/{+path}", "/businesses", "/businesses/{+path}", "/permissions", "/users/{+path}"})
    Publisher<MutableHttpResponse<?>> put(HttpRequest<?> request) {
        return forward(request);
    }

    @Patch(uris = {"/api/{+path}", "/.well-known/{+path}", "/businesses", "/businesses/{+path}", "/permissions", "/users/{+path}"})
    Publisher<MutableHttpResponse<?>> patch(HttpRequest<?> request) {
        return forward(request);
    }

    @Delete(uris = {"/api/{+path}", "/.well-known/{+path}", "/businesses", "/businesses/{+path}", "/permissions", "/users/{+path}"})
    Publisher<MutableHttpResponse<?>> delete(HttpRequest<?> request) {
        return forward(request);
    }

    @Options(uris = {"/api/{+path}", "/.well-known/{+path}", "/businesses", "/businesses/{+path}", "/permissions", "/users/{+path}"})
    Publisher<MutableHttpResponse<?>> options(HttpRequest<?> request) {
        return forward(request);
    }

    private Publisher<MutableHttpResponse<?>> forward(HttpRequest<?> request) {
        RouteTable.Route route = routes.find(request.getUri().getPath()).orElse(null);
        if (route == null) {
            return Mono.just(answer(request, HttpStatus.NOT_FOUND, null, null));
        }
        if (request.getContentLength() > maxRequestSize) {
            // answered before a byte of the body is read, so the connection is closed after the answer
            ForwardedRequests.clientConnection(request, List.of(CLOSE));
            return Mono.just(answer(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, null, null));
        }
        return admitted(request).then(Mono.defer(() -> proxy(request, route)));
    }

    /**
     * Completes when the client is within its rate limit, on the request's event loop, so the
     * exchange with the service uses a connection of that loop (the pool prefers one) and no thread
     * is handed the request in between; fails with the 429 otherwise. Most requests find a leased
     * permit at hand and go on at once; the others wait for Redis and come back to their loop.
     */
    private Mono<Void> admitted(HttpRequest<?> request) {
        if (rateLimit.requests() <= 0) {
            return Mono.empty();
        }
        String client = Objects.requireNonNullElse(addresses.resolve(request), "unknown");
        CompletionStage<Void> counted = limiter.acquire("gateway:" + client, rateLimit.requests(), rateLimit.window());
        if (request instanceof NettyHttpRequest<?> netty && !counted.toCompletableFuture().isDone()) {
            counted = counted.whenCompleteAsync((done, failure) -> { }, netty.getChannelHandlerContext().executor());
        }
        return Mono.fromCompletionStage(counted);
    }

    private Mono<MutableHttpResponse<?>> proxy(HttpRequest<?> request, RouteTable.Route route) {
        List<String> connection = List.copyOf(request.getHeaders().getAll(HttpHeaders.CONNECTION));
        boolean hasBody = request.getContentLength() > 0 || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
        return Mono.from(client.proxy(forwarded.toService(request, route.url())))
                .timeout(route.timeout())
                .<MutableHttpResponse<?>>map(ForwardedRequests::toClient)
                .doOnNext(answered -> ForwardedRequests.clientConnection(request, connection))
                .onErrorResume(failure -> {
                    // the client may still be sending a body that no one reads now: close its connection after the answer
                    ForwardedRequests.clientConnection(request, hasBody ? List.of(CLOSE) : connection);
                    return Mono.just(failed(request, route, failure));
                });
    }

    private MutableHttpResponse<?> failed(HttpRequest<?> request, RouteTable.Route route, Throwable failure) {
        UpstreamFailures.Answer answer = UpstreamFailures.of(failure, route.service());
        meters.counter("bizsuite.gateway.upstream.failures", "service", route.service(), "kind", answer.kind()).increment();
        LOG.warn("{} {} to {}: {} ({})", request.getMethodName(), request.getPath(), route.service(), answer.status().getCode(), failure.toString());
        ApiException cause = answer.message() == null ? null : new ApiException(answer.status(), answer.message());
        return answer(request, answer.status(), cause, answer.retryAfterSeconds());
    }

    private MutableHttpResponse<?> answer(HttpRequest<?> request, HttpStatus status, ApiException cause, Integer retryAfterSeconds) {
        MutableHttpResponse<?> response = HttpResponse.status(status);
        if (retryAfterSeconds != null) {
            response.header("Retry-After", String.valueOf(retryAfterSeconds));
        }
        ErrorContext.Builder context = ErrorContext.builder(request);
        if (cause != null) {
            context.cause(cause).errorMessage(cause.getMessage());
        }
        return errors.processResponse(context.build(), response);
    }
}
