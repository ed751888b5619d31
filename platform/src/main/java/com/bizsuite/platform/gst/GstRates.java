package com.bizsuite.platform.gst;

import com.bizsuite.platform.error.ApiException;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The GST rates in force (configuration {@code bizsuite.gst.rates}); any other rate is refused. */
@Singleton
public class GstRates {

    private final Set<BigDecimal> rates;

    GstRates(@Value("${bizsuite.gst.rates}") List<BigDecimal> rates) {
        this.rates = rates.stream().map(r -> r.setScale(2, RoundingMode.UNNECESSARY)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The rate at scale 2, or a 400 naming {@code field} and the allowed rates. */
    public BigDecimal validate(String field, BigDecimal rate) {
        BigDecimal scaled = rate.stripTrailingZeros().scale() > 2 ? null : rate.setScale(2, RoundingMode.UNNECESSARY);
        if (scaled == null || !rates.contains(scaled)) {
            throw ApiException.badRequest(field + ": must be one of the GST rates " + rates.stream()
                    .map(r -> r.stripTrailingZeros().toPlainString()).collect(Collectors.joining(", ")));
        }
        return scaled;
    }
}
