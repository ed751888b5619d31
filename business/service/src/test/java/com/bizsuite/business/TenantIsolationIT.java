package com.bizsuite.business;

import com.bizsuite.testing.BusinessApiFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/** A member of two businesses cannot reach one business's records through the other. */
@MicronautTest(transactional = false)
class TenantIsolationIT extends BusinessApiFixture {

    @Test
    void anotherBusinesssPartiesAreNotFound() {
        LoggedIn owner = newUser();
        String mine = createBusiness(owner);
        String theirs = createBusiness(owner);
        String party = createParty(owner, theirs, "name", "Their customer");

        assertThat(api().get("/api/v1/parties/" + party, as(owner, mine)).status()).isEqualTo(404);
        assertThat(api().patch("/api/v1/parties/" + party, object("name", "Stolen"), as(owner, mine)).status()).isEqualTo(404);
        assertThat(api().delete("/api/v1/parties/" + party, as(owner, mine)).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/parties", as(owner, mine)).list()).isEmpty();
        assertThat(api().get("/api/v1/parties?search=Their", as(owner, mine)).list()).isEmpty();

        assertThat(api().get("/api/v1/parties/" + party, as(owner, theirs)).text("name")).isEqualTo("Their customer");
    }

    @Test
    void anotherBusinesssMembersAreNotFound() {
        LoggedIn owner = newUser();
        String mine = createBusiness(owner);
        String theirs = createBusiness(owner);
        LoggedIn theirClerk = member(theirs, owner, "employee");
        String path = "/api/v1/businesses/" + mine + "/users/" + theirClerk.userId();
        assertThat(api().get(path, com.bizsuite.testing.ApiClient.bearer(owner.accessToken())).status()).isEqualTo(404);
        assertThat(api().patch(path + "/role", object("role", "viewer"), com.bizsuite.testing.ApiClient.bearer(owner.accessToken())).status())
                .isEqualTo(404);
        assertThat(api().delete(path, com.bizsuite.testing.ApiClient.bearer(owner.accessToken())).status()).isEqualTo(404);
        assertThat(api().get(path + "/permissions", com.bizsuite.testing.ApiClient.bearer(owner.accessToken())).status()).isEqualTo(404);
    }

    @Test
    void aMemberOfOneBusinessIsAStrangerToAnother() {
        LoggedIn ownerA = newUser();
        LoggedIn ownerB = newUser();
        String a = createBusiness(ownerA);
        String b = createBusiness(ownerB);
        String partyOfB = createParty(ownerB, b);
        assertThat(api().get("/api/v1/parties", as(ownerA, b)).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/parties/" + partyOfB, as(ownerA, b)).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/parties/" + partyOfB, as(ownerA, a)).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/businesses/" + b + "/users", as(ownerA, a)).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/businesses/" + b + "/audit-logs", as(ownerA, a)).status()).isEqualTo(403);
    }
}
