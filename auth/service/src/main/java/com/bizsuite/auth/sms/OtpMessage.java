package com.bizsuite.auth.sms;

import java.time.Instant;

/** An OTP on its way to a phone. */
public record OtpMessage(String phone, String otpId, String otp, String purpose, Instant at) {

    public String text() {
        return "Your BizSuite verification code is " + otp + ". It expires in 5 minutes. Do not share it with anyone.";
    }
}
