package com.bizsuite.gateway;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteTableTest {

    private static final List<Upstream> SERVICES = List.of(
            new Upstream("business", URI.create("http://business:8082"), null),
            new Upstream("invoice", URI.create("http://invoice:8084"), Duration.ofSeconds(3)));

    private static final RouteTable TABLE = new RouteTable(SERVICES, List.of(
            new RouteSetting("/api/v1/parties/**", "business", null),
            new RouteSetting("/api/v1/parties/*/ledger", "invoice", null),
            new RouteSetting("/api/v1/users/me/businesses", "business", null),
            new RouteSetting("/api/v1/reports/**", "invoice", Duration.ofSeconds(60))));

    private static String owner(String path) {
        return TABLE.find(path).map(RouteTable.Route::service).orElse("none");
    }

    @Test
    void theMostSpecificPatternWins() {
        assertThat(owner("/api/v1/parties/42/ledger")).isEqualTo("invoice");
        assertThat(owner("/api/v1/parties/42")).isEqualTo("business");
        assertThat(owner("/api/v1/parties/42/ledger/x")).as("** is open, */ledger is not").isEqualTo("business");
    }

    @Test
    void anOpenPatternOwnsItsPrefixAndATrailingSlashIsIgnored() {
        assertThat(owner("/api/v1/parties")).isEqualTo("business");
        assertThat(owner("/api/v1/parties/")).isEqualTo("business");
        assertThat(owner("/api/v1/users/me/businesses/")).isEqualTo("business");
        assertThat(owner("/api/v1/partiesx")).isEqualTo("none");
        assertThat(owner("/api/v1/users/me")).isEqualTo("none");
    }

    @Test
    void dotSegmentsAreNeverRouted() {
        assertThat(owner("/api/v1/parties/../../internal/x")).isEqualTo("none");
        assertThat(owner("/api/v1/parties/./42")).isEqualTo("none");
    }

    @Test
    void aRouteTakesItsOwnTimeOutElseItsServicesElseTenSeconds() {
        assertThat(TABLE.find("/api/v1/reports/gstr1").orElseThrow().timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(TABLE.find("/api/v1/parties/1/ledger").orElseThrow().timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(TABLE.find("/api/v1/parties/1").orElseThrow().timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(TABLE.find("/api/v1/parties/1").orElseThrow().url()).isEqualTo(URI.create("http://business:8082"));
    }

    @Test
    void aWrongTableFailsAtStart() {
        assertThatThrownBy(() -> new RouteTable(SERVICES, List.of(new RouteSetting("/api/v1/x/**", "inventory", null))))
                .hasMessageContaining("inventory");
        assertThatThrownBy(() -> new RouteTable(SERVICES, List.of(new RouteSetting("/a/**", "business", null),
                new RouteSetting("/a/**", "invoice", null)))).hasMessageContaining("twice");
        assertThatThrownBy(() -> PathPattern.parse("/a/**/b")).hasMessageContaining("only at the end");
        assertThatThrownBy(() -> PathPattern.parse("/a/b*")).hasMessageContaining("whole segment");
        assertThatThrownBy(() -> PathPattern.parse("a/b")).hasMessageContaining("starts with '/'");
    }
}
