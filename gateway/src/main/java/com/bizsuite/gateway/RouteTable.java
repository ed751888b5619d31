package com.bizsuite.gateway;

import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which service owns a path, from {@code bizsuite.gateway.routes}: the most specific matching
 * pattern wins, so {@code /api/v1/parties/*}{@code /ledger} goes to invoice although business owns
 * {@code /api/v1/parties/**}. A path with a {@code .} or {@code ..} segment is never routed, so no
 * request can climb out of the prefix it was routed by; nor is anything no route names (such as
 * the services' {@code /internal/**}).
 */
@Singleton
class RouteTable {

    record Route(PathPattern pattern, String service, URI url, Duration timeout) {
    }

    private final List<Route> routes;
    private final Map<String, URI> services;

    RouteTable(List<Upstream> upstreams, List<RouteSetting> settings) {
        Map<String, Upstream> byName = upstreams.stream().collect(Collectors.toMap(Upstream::name, Function.identity()));
        List<Route> table = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RouteSetting setting : settings) {
            Upstream upstream = byName.get(setting.service());
            if (upstream == null || upstream.url() == null) {
                throw new IllegalStateException("Route " + setting.path() + " names service '" + setting.service()
                        + "', which has no bizsuite.gateway.services." + setting.service() + ".url");
            }
            PathPattern pattern = PathPattern.parse(setting.path());
            if (!seen.add(pattern.text())) {
                throw new IllegalStateException("Route " + setting.path() + " is configured twice");
            }
            Duration timeout = setting.timeout() != null ? setting.timeout() : upstream.timeoutOrDefault();
            table.add(new Route(pattern, upstream.name(), upstream.url(), timeout));
        }
        table.sort((a, b) -> PathPattern.MOST_SPECIFIC_FIRST.compare(a.pattern(), b.pattern()));
        this.routes = List.copyOf(table);
        this.services = new TreeMap<>(byName.values().stream().filter(u -> u.url() != null)
                .collect(Collectors.toMap(Upstream::name, Upstream::url)));
    }

    /** The route for a decoded request path, if any. */
    Optional<Route> find(String path) {
        List<String> segments = PathPattern.split(path);
        if (segments.contains(".") || segments.contains("..")) {
            return Optional.empty();
        }
        return routes.stream().filter(route -> route.pattern().matches(segments)).findFirst();
    }

    Map<String, URI> services() {
        return services;
    }
}
