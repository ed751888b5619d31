package com.bizsuite.business.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Documents that move a party's balance (invoices, credit notes, payments), provided by the
 * module that owns them. The party ledger merges every source with the opening balance.
 */
public interface LedgerEntrySource {

    List<LedgerLine> entries(UUID businessId, UUID partyId, LocalDate from, LocalDate to);
}
