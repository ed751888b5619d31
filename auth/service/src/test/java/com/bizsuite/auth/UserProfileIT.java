package com.bizsuite.auth;

import com.bizsuite.testing.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class UserProfileIT extends AuthApiFixture {

    @Test
    void profileIsReadAndUpdated() {
        LoggedIn user = login(newPhone());
        ApiResponse updated = api().patch("/api/v1/users/profile",
                object("name", "Asha Traders", "email", "Asha@Example.com", "avatar_url", "https://cdn.example.com/a.png", "language", "hi"),
                bearer(user.accessToken()));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.text("name")).isEqualTo("Asha Traders");
        assertThat(updated.text("email")).isEqualTo("asha@example.com");

        ApiResponse profile = api().get("/api/v1/users/profile", bearer(user.accessToken()));
        assertThat(profile.text("avatar_url")).isEqualTo("https://cdn.example.com/a.png");
        assertThat(profile.text("language")).isEqualTo("hi");

        ApiResponse partial = api().patch("/api/v1/users/profile", object("language", "en"), bearer(user.accessToken()));
        assertThat(partial.text("name")).as("absent fields stay").isEqualTo("Asha Traders");
    }

    @Test
    void profileUpdateRejectsBadValues() {
        LoggedIn user = login(newPhone());
        ApiResponse bad = api().patch("/api/v1/users/profile",
                object("email", "not-an-email", "avatar_url", "javascript:alert(1)", "name", "   "), bearer(user.accessToken()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.at("message")).asList().hasSize(3)
                .anySatisfy(m -> assertThat(m.toString()).startsWith("email:"))
                .anySatisfy(m -> assertThat(m.toString()).startsWith("avatar_url:"))
                .anySatisfy(m -> assertThat(m.toString()).startsWith("name:"));

        ApiResponse phoneChange = api().patch("/api/v1/users/profile", object("phone", "9999999999"), bearer(user.accessToken()));
        assertThat(phoneChange.status()).as("the phone is not a profile field").isEqualTo(400);
    }

    @Test
    void searchByExactPhoneShowsMinimalFields() {
        String phone = newPhone();
        LoggedIn found = login(phone);
        LoggedIn searcher = login(newPhone());

        ApiResponse hit = api().get("/api/v1/users/search?phone=" + phone, bearer(searcher.accessToken()));
        assertThat(hit.status()).isEqualTo(200);
        assertThat(hit.map()).containsOnlyKeys("id", "phone", "name");
        assertThat(hit.text("id")).isEqualTo(found.userId());

        assertThat(api().get("/api/v1/users/search?phone=" + newPhone(), bearer(searcher.accessToken())).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/users/search?phone=98765", bearer(searcher.accessToken())).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/users/search", bearer(searcher.accessToken())).status()).isEqualTo(400);
    }

    @Test
    void userByIdShowsAPublicCard() {
        LoggedIn other = login(newPhone());
        LoggedIn me = login(newPhone());
        ApiResponse card = api().get("/api/v1/users/" + other.userId(), bearer(me.accessToken()));
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.map()).containsOnlyKeys("id", "name", "avatar_url");

        assertThat(api().get("/api/v1/users/" + UUID.randomUUID(), bearer(me.accessToken())).status()).isEqualTo(404);
        ApiResponse notUuid = api().get("/api/v1/users/12345", bearer(me.accessToken()));
        assertThat(notUuid.status()).isEqualTo(400);
    }

    @Test
    void everyUserRouteNeedsALogin() {
        assertThat(api().get("/api/v1/users/profile").status()).isEqualTo(401);
        assertThat(api().patch("/api/v1/users/profile", object("name", "x")).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/users/search?phone=9876543210").status()).isEqualTo(401);
        assertThat(api().get("/api/v1/users/" + UUID.randomUUID()).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/auth/sessions").status()).isEqualTo(401);
    }
}
