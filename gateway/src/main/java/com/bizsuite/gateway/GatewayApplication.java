package com.bizsuite.gateway;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The public entry of the split deployment: routes each request to the service that owns its path. */
public final class GatewayApplication {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayApplication.class);

    private GatewayApplication() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        ApplicationContext context = Micronaut.build(args).mainClass(GatewayApplication.class).banner(false).start();
        RouteTable routes = context.getBean(RouteTable.class);
        LOG.info("Gateway ready in {} ms on port {}; services {}", (System.nanoTime() - started) / 1_000_000,
                context.getBean(EmbeddedServer.class).getPort(), routes.services());
    }
}
