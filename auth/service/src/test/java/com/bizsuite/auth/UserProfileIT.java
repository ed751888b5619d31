package com.bizsuite.auth;

import com.bizsuite.testing.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
    void profileCarriesTheOldSystemsFieldsWithTrueValues() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        LoggedIn user = login(newPhone());
        Instant after = Instant.now();

        for (String path : List.of("/api/v1/users/me", "/api/v1/users/profile")) {
            ApiResponse profile = api().get(path, bearer(user.accessToken()));
            assertThat(profile.status()).as(path).isEqualTo(200);
            assertThat(profile.at("email_verified")).as("emails are never verified").isEqualTo(false);
            assertThat(profile.text("user_type")).isEqualTo("business_owner");
            assertThat(profile.text("status")).isEqualTo("active");
            assertThat(profile.text("language")).isEqualTo("en");
            assertThat(profile.text("language_preference")).isEqualTo("en");
            assertThat(Instant.parse(profile.text("last_login_at"))).isBetween(before, after);
        }
    }

    @Test
    void lastLoginAtIsTheLatestOtpLogin() {
        String phone = newPhone();
        LoggedIn first = login(phone);
        ApiResponse afterFirst = api().get("/api/v1/users/me", bearer(first.accessToken()));

        LoggedIn second = login(phone);
        ApiResponse afterSecond = api().get("/api/v1/users/me", bearer(first.accessToken()));
        assertThat(Instant.parse(afterSecond.text("last_login_at")))
                .isAfter(Instant.parse(afterFirst.text("last_login_at")));
        assertThat(afterSecond.text("updated_at")).as("a login is not a profile change").isEqualTo(afterFirst.text("updated_at"));

        ApiResponse refreshed = api().post("/api/v1/auth/refresh-token", object("refresh_token", second.refreshToken()));
        assertThat(refreshed.status()).isEqualTo(200);
        ApiResponse patched = api().patch("/api/v1/users/profile", object("name", "Ravi"), bearer(second.accessToken()));
        assertThat(patched.text("last_login_at")).as("neither a refresh nor an edit is a login")
                .isEqualTo(afterSecond.text("last_login_at"));
    }

    @Test
    void languagePreferenceIsTheOldNameOfLanguage() {
        LoggedIn user = login(newPhone());
        ApiResponse old = api().patch("/api/v1/users/profile", object("language_preference", "hi"), bearer(user.accessToken()));
        assertThat(old.status()).as(old.toString()).isEqualTo(200);
        assertThat(old.text("language")).isEqualTo("hi");
        assertThat(old.text("language_preference")).isEqualTo("hi");

        ApiResponse both = api().patch("/api/v1/users/profile", object("language", "ta-IN", "language_preference", "ta-IN"),
                bearer(user.accessToken()));
        assertThat(both.status()).as(both.toString()).isEqualTo(200);
        assertThat(both.text("language_preference")).isEqualTo("ta-IN");

        ApiResponse differ = api().patch("/api/v1/users/profile", object("language", "en", "language_preference", "hi", "name", "Ravi"),
                bearer(user.accessToken()));
        assertThat(differ.status()).isEqualTo(400);
        assertThat(differ.text("message")).startsWith("language_preference:");

        ApiResponse invalid = api().patch("/api/v1/users/profile", object("language_preference", "hindi"), bearer(user.accessToken()));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.at("message")).asList().singleElement().asString()
                .isEqualTo("language_preference: must be a language tag such as en or hi-IN");

        ApiResponse profile = api().get("/api/v1/users/profile", bearer(user.accessToken()));
        assertThat(profile.text("language")).as("refused changes change nothing").isEqualTo("ta-IN");
        assertThat(profile.text("name")).isNull();
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
        assertThat(card.map()).as("no phone, email or activity of another user")
                .containsOnlyKeys("id", "name", "avatar_url", "user_type", "status");
        assertThat(card.text("user_type")).isEqualTo("business_owner");
        assertThat(card.text("status")).isEqualTo("active");

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
