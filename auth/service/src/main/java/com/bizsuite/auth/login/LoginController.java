package com.bizsuite.auth.login;

import com.bizsuite.platform.security.PublicRoute;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.validation.Valid;

@PublicRoute
@Controller("/api/v1/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginController {

    private final Login login;
    private final HttpClientAddressResolver addresses;

    LoginController(Login login, HttpClientAddressResolver addresses) {
        this.login = login;
        this.addresses = addresses;
    }

    @Post("/send-otp")
    @Status(HttpStatus.OK)
    SendOtpResponse sendOtp(HttpRequest<?> request, @Body @Valid SendOtpRequest body) {
        return login.sendOtp(body, addresses.resolve(request));
    }

    @Post("/verify-otp")
    @Status(HttpStatus.OK)
    LoginResponse verifyOtp(HttpRequest<?> request, @Body @Valid VerifyOtpRequest body) {
        return login.verifyOtp(body, addresses.resolve(request), request.getHeaders().get(HttpHeaders.USER_AGENT));
    }

    @Post("/refresh-token")
    @Status(HttpStatus.OK)
    TokenPair refresh(HttpRequest<?> request, @Body @Valid RefreshTokenRequest body) {
        return login.refresh(body, addresses.resolve(request), request.getHeaders().get(HttpHeaders.USER_AGENT));
    }
}
