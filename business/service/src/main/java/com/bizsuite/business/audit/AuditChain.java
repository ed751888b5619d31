package com.bizsuite.business.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash that links an audit entry to the one before it. Every field that matters is in it. */
final class AuditChain {

    private AuditChain() {
    }

    static String hash(AuditRow row) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : new Object[]{row.prevHash(), row.businessId(), row.seq(), row.userId(), row.action(), row.entityType(),
                    row.entityId(), row.oldValues(), row.newValues(), row.requestId(), row.createdAtMicros()}) {
                String text = part == null ? "\u0000" : part.toString();
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
