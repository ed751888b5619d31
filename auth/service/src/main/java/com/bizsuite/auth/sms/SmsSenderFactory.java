package com.bizsuite.auth.sms;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Path;

/**
 * Chooses how OTPs leave the system, at start-up, so a misconfiguration stops the process
 * instead of the first login: the outbox file when {@code AUTH_SMS_OUTBOX_FILE} is set (never
 * in the {@code prod} environment), else the HTTP provider, else refuse to start.
 */
@Factory
final class SmsSenderFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SmsSenderFactory.class);

    @Context
    SmsSender smsSender(Environment environment, JsonMapper json,
                        @Value("${bizsuite.auth.sms.outbox-file:}") String outboxFile,
                        @Value("${bizsuite.auth.sms.http.url:}") String url,
                        @Value("${bizsuite.auth.sms.http.header-name:}") String headerName,
                        @Value("${bizsuite.auth.sms.http.header-value:}") String headerValue,
                        @Value("${bizsuite.auth.sms.http.content-type:application/json}") String contentType,
                        @Value("${bizsuite.auth.sms.http.body-template:}") String template) {
        boolean production = environment.getActiveNames().contains("prod");
        if (!outboxFile.isBlank()) {
            if (production) {
                throw new ConfigurationException("AUTH_SMS_OUTBOX_FILE is set in production: OTPs would be written to a file. "
                        + "Configure AUTH_SMS_HTTP_URL instead.");
            }
            Path file = Path.of(outboxFile).toAbsolutePath();
            LOG.warn("OTP messages are written to the development outbox {} and not sent by SMS", file);
            return new OutboxSmsSender(file, json);
        }
        if (!url.isBlank()) {
            return new HttpSmsSender(URI.create(url), headerName, headerValue, contentType, template);
        }
        throw new ConfigurationException("No SMS provider: set AUTH_SMS_HTTP_URL (or, in development only, AUTH_SMS_OUTBOX_FILE)");
    }
}
