package com.bizsuite.auth.sms;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.json.JsonMapper;
import io.micronaut.core.type.Argument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Development only: appends each OTP message to a file as one JSON line, so a developer (or a
 * test) can log in without an SMS provider. Refused in production by {@link SmsSenderFactory}.
 */
final class OutboxSmsSender implements SmsSender {

    @Serdeable
    record Line(String phone, String otpId, String otp, String purpose, String at) {
    }

    private final Path file;
    private final JsonMapper json;

    OutboxSmsSender(Path file, JsonMapper json) {
        this.file = file;
        this.json = json;
    }

    Path file() {
        return file;
    }

    @Override
    public synchronized void send(OtpMessage message) {
        try {
            Line line = new Line(message.phone(), message.otpId(), message.otp(), message.purpose(), message.at().toString());
            String text = json.writeValueAsString(Argument.of(Line.class), line) + "\n";
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the SMS outbox " + file, e);
        }
    }
}
