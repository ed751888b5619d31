package com.bizsuite.auth.sms;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmsSendersTest {

    private static final OtpMessage MESSAGE = new OtpMessage("9876543210", "id-1", "123456", "login", Instant.parse("2026-11-23T07:00:00Z"));

    private static Environment environment(String... names) {
        Environment environment = ApplicationContext.builder().environments(names).deduceEnvironment(false).build().getEnvironment();
        return environment.start();
    }

    @Test
    void productionRefusesTheOutbox() {
        assertThatThrownBy(() -> new SmsSenderFactory().smsSender(environment("prod"), null, "/tmp/outbox.jsonl", "", "", "", "application/json", ""))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("AUTH_SMS_OUTBOX_FILE");
    }

    @Test
    void noProviderAtAllRefusesToStart() {
        assertThatThrownBy(() -> new SmsSenderFactory().smsSender(environment("dev"), null, "", "", "", "", "application/json", ""))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("AUTH_SMS_HTTP_URL");
    }

    @Test
    void productionUsesTheHttpProvider() {
        SmsSender sender = new SmsSenderFactory().smsSender(environment("prod"), null, "", "https://sms.example.com/send", "", "", "application/json", "");
        assertThat(sender).isInstanceOf(HttpSmsSender.class);
    }

    @Test
    void templateValuesAreJsonEscaped() {
        String body = HttpSmsSender.render("{\"to\":\"{phone}\",\"text\":\"{message}\",\"code\":\"{otp}\"}", MESSAGE);
        assertThat(body).isEqualTo("{\"to\":\"9876543210\",\"text\":\"" + MESSAGE.text() + "\",\"code\":\"123456\"}");
        OtpMessage tricky = new OtpMessage("9876543210\"", "id", "1\n2", "login", Instant.EPOCH);
        assertThat(HttpSmsSender.render("{phone}|{otp}", tricky)).isEqualTo("9876543210\\\"|1\\n2");
    }
}
