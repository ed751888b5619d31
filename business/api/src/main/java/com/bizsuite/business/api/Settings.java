package com.bizsuite.business.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.UUID;

/**
 * @param financialYearStartMonth 1-12, April (4) by default
 * @param allowNegativeStock      false by default
 * @param roundOff                {@code off} or {@code nearest_rupee} (default)
 * @param invoicePrefixes         series name to prefix, e.g. {@code sale -> INV}
 * @param stateCode               two-digit GST state code: from the GSTIN, else the declared state
 * @param gstin                   null when unregistered
 * @param name                    and the address, phone and bank fields: what a tax invoice prints about the seller
 */
@Serdeable
public record Settings(UUID businessId, int financialYearStartMonth, boolean allowNegativeStock, String roundOff,
                       Map<String, String> invoicePrefixes, String stateCode, String gstin, String name, String address, String phone,
                       String bankName, String bankAccountNumber, String bankIfsc, String upiId) {
}
