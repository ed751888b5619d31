package com.bizsuite.invoice.pdf;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class AmountInWordsTest {

    @Test
    void indianNumbering() {
        assertThat(AmountInWords.of(new BigDecimal("1168.00"))).isEqualTo("One Thousand One Hundred Sixty-Eight Rupees Only");
        assertThat(AmountInWords.of(new BigDecimal("123456789.50")))
                .isEqualTo("Twelve Crore Thirty-Four Lakh Fifty-Six Thousand Seven Hundred Eighty-Nine Rupees and Fifty Paise Only");
        assertThat(AmountInWords.of(new BigDecimal("100000"))).isEqualTo("One Lakh Rupees Only");
        assertThat(AmountInWords.of(new BigDecimal("0.05"))).isEqualTo("Zero Rupees and Five Paise Only");
        assertThat(AmountInWords.of(new BigDecimal("1000000000"))).isEqualTo("One Hundred Crore Rupees Only");
    }
}
