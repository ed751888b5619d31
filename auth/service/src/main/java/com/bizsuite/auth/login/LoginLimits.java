package com.bizsuite.auth.login;

import com.bizsuite.platform.ratelimit.RateLimiter;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/** How often one phone and one client address may ask for or try OTPs, and refresh tokens. */
@Singleton
class LoginLimits {

    private final RateLimiter limiter;
    private final Duration window;
    private final int sendPerPhone;
    private final int sendPerIp;
    private final int verifyPerPhone;
    private final int verifyPerIp;
    private final int refreshPerIp;

    LoginLimits(RateLimiter limiter,
                @Value("${bizsuite.auth.rate-limits.window:15m}") Duration window,
                @Value("${bizsuite.auth.rate-limits.send-per-phone:5}") int sendPerPhone,
                @Value("${bizsuite.auth.rate-limits.send-per-ip:30}") int sendPerIp,
                @Value("${bizsuite.auth.rate-limits.verify-per-phone:10}") int verifyPerPhone,
                @Value("${bizsuite.auth.rate-limits.verify-per-ip:60}") int verifyPerIp,
                @Value("${bizsuite.auth.rate-limits.refresh-per-ip:120}") int refreshPerIp) {
        this.limiter = limiter;
        this.window = window;
        this.sendPerPhone = sendPerPhone;
        this.sendPerIp = sendPerIp;
        this.verifyPerPhone = verifyPerPhone;
        this.verifyPerIp = verifyPerIp;
        this.refreshPerIp = refreshPerIp;
    }

    void send(String phone, String ip) {
        limiter.acquire("otp-send:ip:" + ip, sendPerIp, window);
        limiter.acquire("otp-send:phone:" + phone, sendPerPhone, window);
    }

    void verify(String phone, String ip) {
        limiter.acquire("otp-verify:ip:" + ip, verifyPerIp, window);
        limiter.acquire("otp-verify:phone:" + phone, verifyPerPhone, window);
    }

    void refresh(String ip) {
        limiter.acquire("token-refresh:ip:" + ip, refreshPerIp, window);
    }
}
