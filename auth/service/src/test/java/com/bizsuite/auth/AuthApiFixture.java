package com.bizsuite.auth;

import com.bizsuite.testing.ApiTest;

/** The auth module's HTTP tests: the shared login fixture plus helpers of their own. */
public abstract class AuthApiFixture extends ApiTest {

    protected static String wrong(String otp) {
        return String.format("%06d", (Integer.parseInt(otp) + 1) % 1_000_000);
    }
}
