package com.bizsuite.auth.login;

import com.bizsuite.platform.redis.Redis;
import io.lettuce.core.ScriptOutputType;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

/**
 * OTPs in Redis: six digits from SecureRandom, kept only as an HMAC bound to the otp id and
 * the phone, with a TTL. Checking is one atomic script, so an OTP is consumed exactly once and
 * the fifth wrong attempt deletes it, even under concurrent guesses.
 */
@Singleton
class OneTimePasswords {

    enum Outcome { ACCEPTED, WRONG, DEAD }

    record Issued(String otpId, String code, Duration ttl) {
    }

    // One script, so an OTP can never exist without its expiry.
    private static final String STORE = """
            redis.call('HSET', KEYS[1], 'phone', ARGV[1], 'digest', ARGV[2], 'purpose', ARGV[3], 'attempts', 0)
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            return 'OK'
            """;

    private static final String VERIFY = """
            local phone = redis.call('HGET', KEYS[1], 'phone')
            if not phone then return -1 end
            if phone == ARGV[1] and redis.call('HGET', KEYS[1], 'digest') == ARGV[2] then
              redis.call('DEL', KEYS[1])
              return 1
            end
            local attempts = redis.call('HINCRBY', KEYS[1], 'attempts', 1)
            if attempts >= tonumber(ARGV[3]) then
              redis.call('DEL', KEYS[1])
              return -2
            end
            return 0
            """;

    private final SecureRandom random = new SecureRandom();
    private final Redis redis;
    private final byte[] pepper;
    private final Duration ttl;
    private final int maxAttempts;

    OneTimePasswords(Redis redis, Environment environment,
                     @Value("${bizsuite.auth.otp.pepper:}") String pepper,
                     @Value("${bizsuite.auth.otp.ttl:5m}") Duration ttl,
                     @Value("${bizsuite.auth.otp.max-attempts:5}") int maxAttempts) {
        this.redis = redis;
        this.ttl = ttl;
        this.maxAttempts = maxAttempts;
        if (pepper.isBlank()) {
            if (environment.getActiveNames().contains("prod")) {
                throw new ConfigurationException("AUTH_OTP_PEPPER is required in production");
            }
            byte[] generated = new byte[32];
            random.nextBytes(generated);
            this.pepper = generated;
        } else {
            this.pepper = pepper.getBytes(StandardCharsets.UTF_8);
        }
    }

    Issued issue(String phone, String purpose) {
        String otpId = UUID.randomUUID().toString();
        String code = String.format("%06d", random.nextInt(1_000_000));
        String key = key(otpId);
        String digest = digest(otpId, phone, code);
        redis.call(commands -> commands.eval(STORE, ScriptOutputType.STATUS, new String[]{key},
                phone, digest, purpose, String.valueOf(ttl.toMillis())));
        return new Issued(otpId, code, ttl);
    }

    Outcome verify(String otpId, String phone, String code) {
        String digest = digest(otpId, phone, code);
        Long result = redis.call(commands -> commands.<Long>eval(VERIFY, ScriptOutputType.INTEGER, new String[]{key(otpId)},
                phone, digest, String.valueOf(maxAttempts)));
        return switch (result.intValue()) {
            case 1 -> Outcome.ACCEPTED;
            case 0 -> Outcome.WRONG;
            default -> Outcome.DEAD;
        };
    }

    private String digest(String otpId, String phone, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepper, "HmacSHA256"));
            byte[] out = mac.doFinal((otpId + '|' + phone + '|' + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key(String otpId) {
        return "auth:otp:" + otpId;
    }
}
