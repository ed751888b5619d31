package com.bizsuite.business.businesses;

import io.micronaut.context.annotation.Requires;
import com.bizsuite.business.api.BusinessSettings;
import com.bizsuite.business.api.Settings;
import com.bizsuite.business.Addresses;
import com.bizsuite.platform.persistence.TransactionMemo;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/** The {@link BusinessSettings} façade inside the JVM. */
@Singleton
@Requires(property = "bizsuite.business.served", notEquals = "false")
class LocalBusinessSettings implements BusinessSettings {

    private record SettingsOf(UUID businessId) {
    }

    private final BusinessRepository businesses;
    private final BusinessRules rules;
    private final TransactionMemo memo;

    LocalBusinessSettings(BusinessRepository businesses, BusinessRules rules, TransactionMemo memo) {
        this.businesses = businesses;
        this.rules = rules;
        this.memo = memo;
    }

    /** Read once per transaction: issuing an invoice needs them in the invoice and the inventory modules. */
    @Override
    public Optional<Settings> of(UUID businessId) {
        return memo.get(new SettingsOf(businessId), () -> read(businessId));
    }

    /** For writers of the business row: the transaction's next read sees the change. */
    void forget(UUID businessId) {
        memo.forget(new SettingsOf(businessId));
    }

    private Optional<Settings> read(UUID businessId) {
        return businesses.findActive(businessId).map(b -> new Settings(b.id(), b.financialYearStartMonth(), b.allowNegativeStock(),
                b.roundOff(), rules.read(b.invoicePrefixes()), b.stateCode(), b.gstin(), b.name(),
                Addresses.oneLine(b.addressLine1(), b.addressLine2(), b.city(), b.state(), b.pincode()), b.phone(), b.bankName(),
                b.bankAccountNumber(), b.bankIfsc(), b.upiId()));
    }
}
