package com.bizsuite.platform.gst;

import com.bizsuite.platform.error.ApiException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GstRatesTest {

    private final GstRates rates = new GstRates(List.of(BigDecimal.ZERO, new BigDecimal("0.25"), new BigDecimal("5"), new BigDecimal("18"),
            new BigDecimal("40")));

    @Test
    void configuredRatesPassAtScaleTwo() {
        assertThat(rates.validate("tax_rate", new BigDecimal("18"))).isEqualTo(new BigDecimal("18.00"));
        assertThat(rates.validate("tax_rate", new BigDecimal("0.250"))).isEqualTo(new BigDecimal("0.25"));
        assertThat(rates.validate("tax_rate", new BigDecimal("40.00"))).isEqualTo(new BigDecimal("40.00"));
    }

    @Test
    void anyOtherRateIsRefusedWithTheList() {
        assertThatThrownBy(() -> rates.validate("tax_rate", new BigDecimal("17"))).isInstanceOf(ApiException.class)
                .hasMessageContaining("tax_rate").hasMessageContaining("0.25, 5, 18, 40");
        assertThatThrownBy(() -> rates.validate("tax_rate", new BigDecimal("18.001"))).isInstanceOf(ApiException.class);
    }
}
