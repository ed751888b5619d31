package com.bizsuite.auth.sms;

import com.bizsuite.platform.error.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends OTPs through an HTTP SMS provider. URL, one authentication header and the body
 * template are configuration; the template's {@code {phone}}, {@code {otp}} and
 * {@code {message}} are replaced with JSON-escaped values.
 */
final class HttpSmsSender implements SmsSender {

    private static final Logger LOG = LoggerFactory.getLogger(HttpSmsSender.class);
    static final String DEFAULT_TEMPLATE = "{\"to\":\"+91{phone}\",\"message\":\"{message}\"}";

    private final URI url;
    private final String headerName;
    private final String headerValue;
    private final String contentType;
    private final String template;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    HttpSmsSender(URI url, String headerName, String headerValue, String contentType, String template) {
        this.url = url;
        this.headerName = headerName;
        this.headerValue = headerValue;
        this.contentType = contentType;
        this.template = template == null || template.isBlank() ? DEFAULT_TEMPLATE : template;
    }

    @Override
    public void send(OtpMessage message) {
        String body = render(template, message);
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headerName != null && !headerName.isBlank()) {
            request.header(headerName, headerValue == null ? "" : headerValue);
        }
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw undelivered("SMS provider answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw undelivered("SMS provider unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw undelivered("interrupted while sending");
        }
    }

    private static ApiException undelivered(String reason) {
        LOG.warn("OTP not delivered: {}", reason);
        return ApiException.unavailable("Could not send the OTP right now, please retry");
    }

    static String render(String template, OtpMessage message) {
        return template.replace("{phone}", escape(message.phone()))
                .replace("{otp}", escape(message.otp()))
                .replace("{message}", escape(message.text()));
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
