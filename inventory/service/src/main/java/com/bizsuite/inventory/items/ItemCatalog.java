package com.bizsuite.inventory.items;

import com.bizsuite.business.api.AuditEntry;
import com.bizsuite.business.api.AuditTrail;
import com.bizsuite.inventory.catalog.Catalog;
import com.bizsuite.inventory.catalog.Unit;
import com.bizsuite.inventory.stock.MovementRequest;
import com.bizsuite.inventory.stock.StockLedger;
import com.bizsuite.inventory.stock.StockQueries;
import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.gst.GstRates;
import com.bizsuite.platform.persistence.TransactionMemo;
import com.bizsuite.platform.web.ListResponses;
import com.bizsuite.platform.web.Paging;
import com.bizsuite.platform.web.SearchTerms;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Items of a business. Stock is never written here except the opening stock of a new item. */
@Singleton
public class ItemCatalog {

    private static final UUID NONE = new UUID(0, 0);
    private static final BigDecimal ZERO2 = new BigDecimal("0.00");

    private final ItemRepository items;
    private final Catalog catalog;
    private final GstRates rates;
    private final StockLedger ledger;
    private final StockQueries stock;
    private final AuditTrail audit;
    private final TransactionMemo memo;
    private final Clock clock;

    private record ActiveItem(UUID businessId, UUID id) {
    }

    ItemCatalog(ItemRepository items, Catalog catalog, GstRates rates, StockLedger ledger, StockQueries stock, AuditTrail audit,
                TransactionMemo memo, Clock clock) {
        this.items = items;
        this.catalog = catalog;
        this.rates = rates;
        this.ledger = ledger;
        this.stock = stock;
        this.audit = audit;
        this.memo = memo;
        this.clock = clock;
    }

    @Transactional
    Item create(UUID businessId, UUID actor, ItemDetails d) {
        if (d.name() == null) {
            throw ApiException.badRequest("name: must not be blank");
        }
        Instant now = clock.instant();
        Item blank = new Item(UUID.randomUUID(), businessId, d.name(), null, null, null, null, null, null, null, Item.DEFAULT_TYPE,
                ZERO2, ZERO2, null, ZERO2, rates.validate("tax_rate", BigDecimal.ZERO), ZERO2, false, null, true, false, false, actor,
                now, now, null, null);
        Item item = items.save(apply(blank, d, now));
        memo.forget(new ActiveItem(businessId, item.id()));
        BigDecimal opening = d.currentStock() == null ? BigDecimal.ZERO : d.currentStock();
        if (opening.signum() > 0) {
            if (!item.movesStock()) {
                throw ApiException.badRequest("current_stock: a service or an item without stock tracking has no stock");
            }
            checkQuantity("current_stock", opening, item);
            ledger.change(businessId, item.id(), opening, true,
                    MovementRequest.manual("opening", item.purchasePrice(), "Opening stock", null, actor));
        }
        audit.record(new AuditEntry(businessId, actor, "item.create", "item", item.id().toString(), null, view(item)));
        return item;
    }

    @Transactional
    Item update(UUID businessId, UUID actor, UUID id, ItemDetails d, String ifMatch) {
        Item current = items.lockActive(businessId, id).orElseThrow(() -> ApiException.notFound("Item"));
        com.bizsuite.platform.web.ETags.checkPrecondition(ifMatch, current.version());
        if (d.currentStock() != null) {
            // the old web edit form sends the stock it showed back with every save: that is not a change
            BigDecimal onHand = ledger.quantity(businessId, id);
            if (d.currentStock().compareTo(onHand) != 0) {
                throw ApiException.badRequest("current_stock: stock is " + onHand + "; an item update cannot change it, stock moves through"
                        + " stock adjustments (POST /api/v1/stock/adjust) or documents");
            }
        }
        Item updated = items.update(apply(current, d, clock.instant()));
        memo.forget(new ActiveItem(businessId, id));
        audit.record(new AuditEntry(businessId, actor, "item.update", "item", id.toString(), view(current), view(updated)));
        return updated;
    }

    @Transactional
    void delete(UUID businessId, UUID actor, UUID id) {
        Item c = items.lockActive(businessId, id).orElseThrow(() -> ApiException.notFound("Item"));
        items.update(c.deleted(clock.instant()));
        memo.forget(new ActiveItem(businessId, id));
        audit.record(new AuditEntry(businessId, actor, "item.delete", "item", id.toString(), view(c), null));
    }

    @Transactional(readOnly = true)
    public Item get(UUID businessId, UUID id) {
        return items.findActive(businessId, id).orElseThrow(() -> ApiException.notFound("Item"));
    }

    /** The item even if it was deleted since: a document that moved it can still be reversed. */
    @Transactional(readOnly = true)
    public Item getEvenIfDeleted(UUID businessId, UUID id) {
        return items.findById(id).filter(i -> i.businessId().equals(businessId)).orElseThrow(() -> ApiException.notFound("Item"));
    }

    /** A page of items with their stock, and the total matching, read in one transaction. */
    @Transactional(readOnly = true)
    ListResponses.Listing page(UUID businessId, UUID categoryId, String search, Paging paging) {
        String pattern = SearchTerms.likePattern(search);
        List<ItemView> page = views(businessId, items.page(businessId, categoryId, search, pattern, paging.offset(), paging.limit()));
        return ListResponses.Listing.array(page, ItemView.class, items.count(businessId, categoryId, search, pattern));
    }

    @Transactional(readOnly = true)
    List<LowStockItem> lowStock(UUID businessId) {
        List<Item> low = items.lowStock(businessId);
        Map<UUID, Unit> units = unitsOf(businessId, low);
        return views(businessId, low).stream()
                .map(v -> new LowStockItem(v, Optional.ofNullable(v.unitId()).map(units::get).map(Unit::shortName).orElse(null))).toList();
    }

    /**
     * The business's active items among {@code ids}, by id, in one query; absent ids are left out.
     * Read once per transaction: issuing an invoice needs them in the invoice and the inventory modules.
     */
    public Map<UUID, Item> activeItems(UUID businessId, Collection<UUID> ids) {
        Map<UUID, Item> found = new HashMap<>();
        memo.getAll(ids.stream().map(id -> new ActiveItem(businessId, id)).toList(), missing -> read(businessId, missing))
                .forEach((key, item) -> found.put(key.id(), item));
        return found;
    }

    private Map<ActiveItem, Item> read(UUID businessId, List<ActiveItem> keys) {
        Map<ActiveItem, Item> read = new HashMap<>();
        if (keys.isEmpty()) {
            return read;
        }
        items.findActiveIn(businessId, keys.stream().map(ActiveItem::id).toList()).forEach(i -> read.put(new ActiveItem(businessId, i.id()), i));
        return read;
    }

    /** The units of these items, by unit id, in one query. */
    public Map<UUID, Unit> unitsOf(UUID businessId, Collection<Item> of) {
        return catalog.units(businessId, of.stream().map(Item::unitId).filter(Objects::nonNull).distinct().toList());
    }

    /** Refuses a quantity with more decimals than the item's unit allows (3 without a unit). */
    public void checkQuantity(String field, BigDecimal quantity, Item item) {
        checkQuantity(field, quantity, item.unitId() == null ? null : catalog.unit(item.businessId(), item.unitId()));
    }

    /** As {@link #checkQuantity(String, BigDecimal, Item)} with the item's unit already at hand (null: none). */
    public static void checkQuantity(String field, BigDecimal quantity, Unit unit) {
        int allowed = unit == null ? 3 : unit.decimalPlaces();
        if (quantity.stripTrailingZeros().scale() > allowed) {
            throw ApiException.badRequest(field + ": at most " + allowed + " decimal places for this item's unit");
        }
    }

    public ItemView view(Item item) {
        return view(item, stock.levels(item.businessId(), List.of(item.id())).getOrDefault(item.id(), StockQueries.Level.NONE));
    }

    private List<ItemView> views(UUID businessId, List<Item> page) {
        Map<UUID, StockQueries.Level> levels = stock.levels(businessId, page.stream().map(Item::id).toList());
        return page.stream().map(i -> view(i, levels.getOrDefault(i.id(), StockQueries.Level.NONE))).toList();
    }

    /** The item's view with its stock level already at hand. */
    public static ItemView view(Item i, StockQueries.Level level) {
        return new ItemView(i.id(), i.businessId(), i.name(), i.categoryId(), i.unitId(), i.sku(), i.barcode(), i.hsnCode(), i.sacCode(),
                i.description(), null, i.inventoryType(), i.sellingPrice(), i.purchasePrice(), i.mrp(), i.discountPercent(), i.taxRate(),
                i.cessRate(), i.taxInclusive(), level.quantity(), i.lowStockThreshold(), i.trackStock(), i.trackSerial(), i.trackBatch(),
                ItemView.VALUATION_METHOD, level.averageCost().setScale(2, RoundingMode.HALF_UP), ItemView.STATUS, level.averageCost(),
                level.value(), i.createdAt(), i.updatedAt());
    }

    private Item apply(Item i, ItemDetails d, Instant now) {
        UUID categoryId = d.categoryId() == null ? i.categoryId() : catalog.category(i.businessId(), d.categoryId()).id();
        Unit unit = d.unitId() == null ? null : catalog.unit(i.businessId(), d.unitId());
        String sku = d.sku() == null ? i.sku() : d.sku().strip();
        String barcode = d.barcode() == null ? i.barcode() : d.barcode().strip();
        UUID except = i.version() == null ? NONE : i.id();
        if (sku != null && items.skuTaken(i.businessId(), sku, except)) {
            throw ApiException.conflict("Another item has SKU " + sku);
        }
        if (barcode != null && items.barcodeTaken(i.businessId(), barcode, except)) {
            throw ApiException.conflict("Another item has barcode " + barcode);
        }
        String type = d.inventoryType() == null ? i.inventoryType() : d.inventoryType();
        return new Item(i.id(), i.businessId(), d.name() == null ? i.name() : d.name().strip(), categoryId,
                unit == null ? i.unitId() : unit.id(), sku, barcode,
                d.hsnCode() == null ? i.hsnCode() : d.hsnCode(), d.sacCode() == null ? i.sacCode() : d.sacCode(),
                d.description() == null ? i.description() : d.description(), type,
                money(d.sellingPrice(), i.sellingPrice()), money(d.purchasePrice(), i.purchasePrice()),
                d.mrp() == null ? i.mrp() : d.mrp().setScale(2, RoundingMode.UNNECESSARY),
                money(d.discountPercent(), i.discountPercent()),
                d.taxRate() == null ? i.taxRate() : rates.validate("tax_rate", d.taxRate()),
                money(d.cessRate(), i.cessRate()),
                d.taxInclusive() == null ? i.taxInclusive() : d.taxInclusive(),
                d.lowStockThreshold() == null ? i.lowStockThreshold() : d.lowStockThreshold().setScale(3, RoundingMode.UNNECESSARY),
                Item.isGoods(type) && (d.trackStock() == null ? i.trackStock() : d.trackStock()),
                d.trackSerial() == null ? i.trackSerial() : d.trackSerial(), d.trackBatch() == null ? i.trackBatch() : d.trackBatch(),
                i.createdBy(), i.createdAt(), now, i.deletedAt(), i.version());
    }

    private static BigDecimal money(BigDecimal given, BigDecimal current) {
        return given == null ? current : given.setScale(2, RoundingMode.UNNECESSARY);
    }
}
