package com.bizsuite.platform.gst;

import com.bizsuite.platform.error.ApiException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GstinTest {

    @Test
    void knownGstinsPass() {
        assertThat(Gstin.validate("gstin", "27aapfu0939f1zv")).isEqualTo("27AAPFU0939F1ZV");
        assertThat(Gstin.validate("gstin", "29AAGCB7383J1Z4")).isEqualTo("29AAGCB7383J1Z4");
        assertThat(Gstin.stateCode("27AAPFU0939F1ZV")).isEqualTo("27");
        assertThat(Gstin.pan("27AAPFU0939F1ZV")).isEqualTo("AAPFU0939F");
    }

    @Test
    void aSingleTypoIsCaughtByTheCheckDigit() {
        assertThatThrownBy(() -> Gstin.validate("gstin", "27AAPFU0939F1ZW"))
                .isInstanceOf(ApiException.class).hasMessageContaining("check digit");
        assertThatThrownBy(() -> Gstin.validate("gstin", "27AAPFU0938F1ZV"))
                .isInstanceOf(ApiException.class).hasMessageContaining("check digit");
    }

    @Test
    void formatAndStateAreChecked() {
        assertThatThrownBy(() -> Gstin.validate("gstin", "27AAPFU0939F1Z")).hasMessageContaining("15-character");
        String unknownState = "99AAPFU0939F1Z";
        String withCheck = unknownState + Gstin.checkCharacter(unknownState);
        assertThatThrownBy(() -> Gstin.validate("gstin", withCheck)).hasMessageContaining("not a GST state code");
    }

    @Test
    void statesByNameOrCode() {
        assertThat(IndianStates.code("Maharashtra")).contains("27");
        assertThat(IndianStates.code("tamil nadu")).contains("33");
        assertThat(IndianStates.code("7")).contains("07");
        assertThat(IndianStates.code("Atlantis")).isEmpty();
        assertThat(IndianStates.name("29")).contains("Karnataka");
    }

    @Test
    void panFormat() {
        assertThat(Gstin.validatePan("pan", "aapfu0939f")).isEqualTo("AAPFU0939F");
        assertThatThrownBy(() -> Gstin.validatePan("pan", "AAPF0939F")).hasMessageContaining("PAN");
    }
}
