package com.bizsuite.platform.tenant;

import java.util.UUID;

/**
 * A number that moves forward, in the writing transaction, whenever anything of a business
 * changes: every write of a business is audited in its own transaction, and the business
 * module answers with the position of that business's audit chain head.
 */
public interface BusinessChanges {

    long changeNumber(UUID businessId);
}
