package com.bizsuite.business.businesses;

import com.bizsuite.business.api.BusinessSettings;
import com.bizsuite.business.api.Settings;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/** The {@link BusinessSettings} façade inside the JVM. */
@Singleton
class LocalBusinessSettings implements BusinessSettings {

    private final BusinessRepository businesses;
    private final BusinessRules rules;

    LocalBusinessSettings(BusinessRepository businesses, BusinessRules rules) {
        this.businesses = businesses;
        this.rules = rules;
    }

    @Override
    public Optional<Settings> of(UUID businessId) {
        return businesses.findActive(businessId).map(b -> new Settings(b.id(), b.financialYearStartMonth(), b.allowNegativeStock(),
                b.roundOff(), rules.read(b.invoicePrefixes()), b.stateCode(), b.gstin()));
    }
}
