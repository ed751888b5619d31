package com.bizsuite.gateway;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** Requests one client address may make per window through the gateway ({@code requests} 0: no limit). */
@ConfigurationProperties("bizsuite.gateway.rate-limit")
record RateLimitSetting(int requests, Duration window) {
}
