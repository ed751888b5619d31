package com.bizsuite.business.businesses;

import com.bizsuite.business.api.BusinessSettings;
import com.bizsuite.business.api.Settings;
import com.bizsuite.business.Addresses;
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
                b.roundOff(), rules.read(b.invoicePrefixes()), b.stateCode(), b.gstin(), b.name(),
                Addresses.oneLine(b.addressLine1(), b.addressLine2(), b.city(), b.state(), b.pincode()), b.phone(), b.bankName(),
                b.bankAccountNumber(), b.bankIfsc(), b.upiId()));
    }
}
