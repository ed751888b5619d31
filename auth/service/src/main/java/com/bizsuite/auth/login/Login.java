package com.bizsuite.auth.login;

import com.bizsuite.auth.sessions.Sessions;
import com.bizsuite.auth.sms.OtpMessage;
import com.bizsuite.auth.sms.SmsSender;
import com.bizsuite.auth.tokens.AccessTokens;
import com.bizsuite.auth.users.User;
import com.bizsuite.auth.users.UserRepository;
import com.bizsuite.platform.error.ApiException;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Phone + OTP login: send a code, exchange it for a session, refresh the session's tokens. */
@Singleton
class Login {

    private static final int MAX_DEVICE_INFO_CHARS = 2048;

    private final OneTimePasswords otps;
    private final LoginLimits limits;
    private final SmsSender sms;
    private final UserRepository users;
    private final Sessions sessions;
    private final AccessTokens accessTokens;
    private final JsonMapper json;
    private final Clock clock;

    Login(OneTimePasswords otps, LoginLimits limits, SmsSender sms, UserRepository users, Sessions sessions,
          AccessTokens accessTokens, JsonMapper json, Clock clock) {
        this.otps = otps;
        this.limits = limits;
        this.sms = sms;
        this.users = users;
        this.sessions = sessions;
        this.accessTokens = accessTokens;
        this.json = json;
        this.clock = clock;
    }

    SendOtpResponse sendOtp(SendOtpRequest request, String clientIp) {
        limits.send(request.phone(), clientIp);
        OneTimePasswords.Issued issued = otps.issue(request.phone(), request.purpose());
        sms.send(new OtpMessage(request.phone(), issued.otpId(), issued.code(), request.purpose(), clock.instant()));
        return new SendOtpResponse(issued.otpId(), issued.ttl().toSeconds(), "OTP sent successfully");
    }

    LoginResponse verifyOtp(VerifyOtpRequest request, String clientIp, String userAgent) {
        limits.verify(request.phone(), clientIp);
        String deviceInfo = deviceInfo(request.deviceInfo());
        switch (otps.verify(request.otpId(), request.phone(), request.otp())) {
            case WRONG -> throw ApiException.badRequest("Invalid OTP");
            case DEAD -> throw ApiException.badRequest("OTP expired or already used, request a new one");
            case ACCEPTED -> { }
        }
        boolean isNew = users.insertIfAbsent(UUID.randomUUID(), request.phone(), true) == 1;
        User user = users.findByPhone(request.phone()).orElseThrow();
        if (!user.phoneVerified()) {
            users.markPhoneVerified(user.id());
        }
        Sessions.Opened session = sessions.open(user.id(), deviceInfo, userAgent);
        users.recordLogin(user.id(), clock.instant());
        TokenPair tokens = new TokenPair(accessTokens.issue(user.id(), session.sessionId()), session.refreshToken());
        var summary = new LoginResponse.LoggedInUser(user.id(), user.phone(), user.name(), user.email(), true);
        return new LoginResponse(summary, tokens, isNew);
    }

    TokenPair refresh(RefreshTokenRequest request, String clientIp, String userAgent) {
        limits.refresh(clientIp);
        Sessions.Rotated rotated = sessions.refresh(request.refreshToken(), userAgent);
        return new TokenPair(accessTokens.issue(rotated.userId(), rotated.sessionId()), rotated.refreshToken());
    }

    private String deviceInfo(Map<String, Object> info) {
        if (info == null) {
            return null;
        }
        try {
            String text = json.writeValueAsString(Argument.mapOf(String.class, Object.class), info);
            if (text.length() > MAX_DEVICE_INFO_CHARS) {
                throw ApiException.badRequest("device_info: must be at most " + MAX_DEVICE_INFO_CHARS + " characters of JSON");
            }
            return text;
        } catch (IOException e) {
            throw ApiException.badRequest("device_info: must be a JSON object");
        }
    }
}
