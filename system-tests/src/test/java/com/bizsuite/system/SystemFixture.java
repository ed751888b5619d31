package com.bizsuite.system;

import com.bizsuite.testing.ApiClient;
import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.ApiTest.LoggedIn;
import com.bizsuite.testing.OtpLogin;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/** Base of the black-box tests: a client of the {@link SystemUnderTest}, logins through the OTP outbox, tenant headers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SystemFixture {

    protected final SystemUnderTest system = SystemUnderTest.get();
    protected final JsonMapper json = JsonMapper.createDefault();
    protected final ApiClient api = new ApiClient(system.base(), json);
    private final OtpLogin logins = new OtpLogin(api, system.outbox(), json);

    protected LoggedIn newUser() {
        return logins.login(OtpLogin.newPhone());
    }

    protected LoggedIn login(String phone) {
        return logins.login(phone);
    }

    /** A new business owned by {@code owner}, in Maharashtra (state code 27). */
    protected String newBusiness(LoggedIn owner, Object... fields) {
        Map<String, Object> body = object("name", "Business " + System.nanoTime(), "state", "Maharashtra");
        body.putAll(object(fields));
        ApiResponse created = api.post("/api/v1/businesses", body, bearer(owner.accessToken()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    protected static String[] as(LoggedIn user, String business, String... more) {
        return ApiClient.tenant(user.accessToken(), business, more);
    }

    /** {@code response} answered {@code status}; its body is shown when it did not. */
    protected static ApiResponse expect(ApiResponse response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("x-request-id")).as("x-request-id on " + response).isNotBlank();
        return response;
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> first(ApiResponse response, String listField) {
        return (Map<String, Object>) ((List<Object>) response.at(listField)).getFirst();
    }
}
