package com.bizsuite.auth.sms;

/** Delivers one-time passwords. Production uses an SMS provider; development writes an outbox file. */
public interface SmsSender {

    void send(OtpMessage message);
}
