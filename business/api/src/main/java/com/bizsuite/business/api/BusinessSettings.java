package com.bizsuite.business.api;

import java.util.Optional;
import java.util.UUID;

/** The settings other modules read: financial year, stock policy, rounding, numbering, state. */
public interface BusinessSettings {

    Optional<Settings> of(UUID businessId);
}
