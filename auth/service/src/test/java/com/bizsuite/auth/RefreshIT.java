package com.bizsuite.auth;

import com.bizsuite.testing.ApiResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class RefreshIT extends AuthApiFixture {

    private static final String WEB = "Mozilla/5.0 (BizSuite web)";
    private static final String ELSEWHERE = "curl/8.0 (somewhere else)";

    private ApiResponse refresh(String token, String userAgent) {
        return api().post("/api/v1/auth/refresh-token", object("refresh_token", token), "User-Agent", userAgent);
    }

    private int me(String accessToken) {
        return api().get("/api/v1/users/me", bearer(accessToken)).status();
    }

    @Test
    void refreshRotatesTheToken() {
        LoggedIn user = login(newPhone(), "User-Agent", WEB);
        ApiResponse first = refresh(user.refreshToken(), WEB);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.map()).containsOnlyKeys("access_token", "refresh_token");
        assertThat(first.text("refresh_token")).isNotEqualTo(user.refreshToken());
        assertThat(me(first.text("access_token"))).isEqualTo(200);

        ApiResponse second = refresh(first.text("refresh_token"), WEB);
        assertThat(second.status()).isEqualTo(200);
        assertThat(me(second.text("access_token"))).isEqualTo(200);
    }

    @Test
    void theWebClientMayKeepSendingItsFirstRefreshToken() {
        LoggedIn user = login(newPhone(), "User-Agent", WEB);
        for (int i = 0; i < 4; i++) {
            ApiResponse again = refresh(user.refreshToken(), WEB);
            assertThat(again.status()).as("refresh " + i + " with the login token").isEqualTo(200);
            assertThat(me(again.text("access_token"))).isEqualTo(200);
        }
    }

    @Test
    void theFirstTokenFromAnotherClientIsReuseAndRevokesTheFamily() {
        LoggedIn user = login(newPhone(), "User-Agent", WEB);
        ApiResponse rotated = refresh(user.refreshToken(), WEB);
        assertThat(rotated.status()).isEqualTo(200);

        ApiResponse stolen = refresh(user.refreshToken(), ELSEWHERE);
        assertThat(stolen.status()).isEqualTo(401);
        assertThat(stolen.text("message")).contains("reuse");

        assertThat(refresh(rotated.text("refresh_token"), WEB).status()).as("the family is revoked").isEqualTo(401);
        assertThat(refresh(user.refreshToken(), WEB).status()).isEqualTo(401);
        assertThat(me(rotated.text("access_token"))).as("its access tokens stop working").isEqualTo(401);
        assertThat(me(user.accessToken())).isEqualTo(401);
    }

    @Test
    void reusingAnOlderRotatedTokenRevokesTheFamily() {
        LoggedIn user = login(newPhone(), "User-Agent", WEB);
        String second = refresh(user.refreshToken(), WEB).text("refresh_token");
        String third = refresh(second, WEB).text("refresh_token");
        String fourth = refresh(third, WEB).text("refresh_token");

        assertThat(refresh(second, WEB).status()).as("generation 1 after 3 rotations").isEqualTo(401);
        assertThat(refresh(fourth, WEB).status()).isEqualTo(401);
    }

    @Test
    void theTokenRotatedAMomentAgoIsToleratedForConcurrentTabs() {
        LoggedIn user = login(newPhone(), "User-Agent", WEB);
        String second = refresh(user.refreshToken(), WEB).text("refresh_token");
        ApiResponse third = refresh(second, WEB);
        assertThat(third.status()).isEqualTo(200);
        ApiResponse racingTab = refresh(second, WEB);
        assertThat(racingTab.status()).as("the just-rotated token within the grace period").isEqualTo(200);
        assertThat(refresh(racingTab.text("refresh_token"), WEB).status()).isEqualTo(200);
    }

    @Test
    void theTokenRotatedAMomentAgoFromAnotherClientIsReuse() {
        LoggedIn user = login(newPhone(), "User-Agent", WEB);
        String second = refresh(user.refreshToken(), WEB).text("refresh_token");
        ApiResponse third = refresh(second, WEB);
        assertThat(refresh(second, ELSEWHERE).status()).isEqualTo(401);
        assertThat(refresh(third.text("refresh_token"), WEB).status()).as("the family is revoked").isEqualTo(401);
    }

    @Test
    void unknownRefreshTokenIsUnauthorized() {
        assertThat(refresh("not-a-real-token", WEB).status()).isEqualTo(401);
        assertThat(api().post("/api/v1/auth/refresh-token", object()).status()).isEqualTo(400);
    }

    @Test
    void sessionsAreListedAndCanBeRevokedOneByOne() {
        String phone = newPhone();
        LoggedIn phoneLogin = login(phone, "User-Agent", "BizSuite Android");
        LoggedIn laptop = login(phone, "User-Agent", WEB);

        ApiResponse listed = api().get("/api/v1/auth/sessions", bearer(laptop.accessToken()));
        assertThat(listed.status()).isEqualTo(200);
        List<Object> sessions = listed.list();
        assertThat(sessions).hasSize(2);
        @SuppressWarnings("unchecked")
        Map<String, Object> current = sessions.stream().map(s -> (Map<String, Object>) s)
                .filter(s -> Boolean.TRUE.equals(s.get("current"))).findFirst().orElseThrow();
        assertThat(current).containsKeys("id", "device_info", "created_at", "last_used_at");
        @SuppressWarnings("unchecked")
        String otherId = sessions.stream().map(s -> (Map<String, Object>) s)
                .filter(s -> !Boolean.TRUE.equals(s.get("current"))).map(s -> (String) s.get("id")).findFirst().orElseThrow();

        assertThat(api().delete("/api/v1/auth/sessions/" + otherId, bearer(laptop.accessToken())).status()).isEqualTo(204);
        assertThat(refresh(phoneLogin.refreshToken(), "BizSuite Android").status()).isEqualTo(401);
        assertThat(me(phoneLogin.accessToken())).as("access token of the revoked session").isEqualTo(401);
        assertThat(me(laptop.accessToken())).isEqualTo(200);
        assertThat(api().delete("/api/v1/auth/sessions/" + otherId, bearer(laptop.accessToken())).status()).isEqualTo(404);
    }

    @Test
    void nobodyRevokesAnotherUsersSession() {
        LoggedIn victim = login(newPhone(), "User-Agent", WEB);
        LoggedIn attacker = login(newPhone(), "User-Agent", WEB);
        String victimSession = (String) ((Map<?, ?>) api().get("/api/v1/auth/sessions", bearer(victim.accessToken())).list().getFirst()).get("id");
        assertThat(api().delete("/api/v1/auth/sessions/" + victimSession, bearer(attacker.accessToken())).status()).isEqualTo(404);
        assertThat(me(victim.accessToken())).isEqualTo(200);
    }

    @Test
    void revokeAllLogsOutEverywhere() {
        String phone = newPhone();
        LoggedIn one = login(phone, "User-Agent", WEB);
        LoggedIn two = login(phone, "User-Agent", WEB);

        assertThat(api().delete("/api/v1/auth/sessions/all", bearer(one.accessToken())).status()).isEqualTo(204);
        assertThat(refresh(one.refreshToken(), WEB).status()).isEqualTo(401);
        assertThat(refresh(two.refreshToken(), WEB).status()).isEqualTo(401);
        assertThat(me(one.accessToken())).isEqualTo(401);
        assertThat(me(two.accessToken())).isEqualTo(401);
        assertThat(login(phone).accessToken()).as("a fresh login works").isNotBlank();
    }

    @Test
    void sessionIdMustBeAUuid() {
        LoggedIn user = login(newPhone());
        ApiResponse response = api().delete("/api/v1/auth/sessions/not-a-uuid", bearer(user.accessToken()));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("message")).contains("id");
    }
}
