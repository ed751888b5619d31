package com.bizsuite.business;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.BusinessApiFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class BusinessIT extends BusinessApiFixture {

    private static String uniqueGstin() {
        // a valid GSTIN for a random PAN in Karnataka (29)
        String pan = "AAB" + (char) ('A' + (int) (Math.random() * 26)) + (char) ('A' + (int) (Math.random() * 26))
                + String.format("%04d", (int) (Math.random() * 10000)) + "F";
        String first14 = "29" + pan + "1Z";
        String chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int product = chars.indexOf(first14.charAt(i)) * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return first14 + chars.charAt((36 - sum % 36) % 36);
    }

    @Test
    void theCreatorOwnsTheBusinessAndTheStateComesFromTheGstin() {
        LoggedIn owner = newUser();
        String gstin = uniqueGstin();
        ApiResponse created = api().post("/api/v1/businesses", object("name", "Asha Traders", "gstin", gstin.toLowerCase(),
                "type", "wholesaler", "state", "Maharashtra"), bearer(owner.accessToken()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("gstin")).isEqualTo(gstin);
        assertThat(created.text("state_code")).isEqualTo("29");
        assertThat(created.text("state")).isEqualTo("Karnataka");
        assertThat(created.text("pan")).isEqualTo(gstin.substring(2, 12));
        assertThat(created.at("financial_year_start_month")).isEqualTo(4);
        assertThat(created.at("allow_negative_stock")).isEqualTo(false);
        assertThat(created.text("round_off")).isEqualTo("nearest_rupee");
        assertThat(created.header("etag")).isNotBlank();

        ApiResponse mine = api().get("/api/v1/users/me/businesses", bearer(owner.accessToken()));
        assertThat(mine.at("businesses")).asList().singleElement().satisfies(b -> assertThat((Map<String, Object>) b)
                .containsEntry("id", created.text("id")).containsEntry("role", "owner").containsEntry("isOwner", true)
                .containsEntry("status", "active").containsEntry("name", "Asha Traders"));
        assertThat(api().get("/users/me/businesses", bearer(owner.accessToken())).status()).as("old unprefixed path").isEqualTo(200);

        ApiResponse list = api().get("/api/v1/businesses", bearer(owner.accessToken()));
        assertThat(list.list()).hasSize(1);
        assertThat(list.header("x-total-count")).isEqualTo("1");
    }

    @Test
    void gstinAndPanAreChecked() {
        LoggedIn owner = newUser();
        String gstin = uniqueGstin();
        String typo = gstin.substring(0, 14) + (gstin.charAt(14) == 'A' ? 'B' : 'A');
        ApiResponse badCheck = api().post("/api/v1/businesses", object("name", "X", "gstin", typo), bearer(owner.accessToken()));
        assertThat(badCheck.status()).isEqualTo(400);
        assertThat(badCheck.text("message")).contains("check digit");

        ApiResponse badPan = api().post("/api/v1/businesses", object("name", "X", "pan", "ABC"), bearer(owner.accessToken()));
        assertThat(badPan.status()).isEqualTo(400);

        ApiResponse mismatch = api().post("/api/v1/businesses", object("name", "X", "gstin", gstin, "pan", "ZZZZZ9999Z"),
                bearer(owner.accessToken()));
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.text("message")).contains("pan");

        ApiResponse noName = api().post("/api/v1/businesses", object("gstin", gstin), bearer(owner.accessToken()));
        assertThat(noName.status()).isEqualTo(400);
    }

    @Test
    void aSecondActiveBusinessWithTheSameGstinIsAConflict() {
        String gstin = uniqueGstin();
        createBusiness(newUser(), "gstin", gstin);
        ApiResponse second = api().post("/api/v1/businesses", object("name", "Copy", "gstin", gstin), bearer(newUser().accessToken()));
        assertThat(second.status()).isEqualTo(409);
    }

    @Test
    void updatesUseETagsAndAStaleIfMatchIs412() {
        LoggedIn owner = newUser();
        String id = createBusiness(owner);
        ApiResponse read = api().get("/api/v1/businesses/" + id, bearer(owner.accessToken()));
        String etag = read.header("etag");

        ApiResponse updated = api().patch("/api/v1/businesses/" + id, object("city", "Pune"), bearer(owner.accessToken(), "If-Match", etag));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.header("etag")).isNotEqualTo(etag);

        ApiResponse stale = api().patch("/api/v1/businesses/" + id, object("city", "Nashik"), bearer(owner.accessToken(), "If-Match", etag));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api().get("/api/v1/businesses/" + id, bearer(owner.accessToken())).text("city")).isEqualTo("Pune");
    }

    @Test
    void settingsHaveTheirOwnPermission() {
        LoggedIn owner = newUser();
        String id = createBusiness(owner);
        LoggedIn admin = member(id, owner, "admin");
        assertThat(api().patch("/api/v1/businesses/" + id, object("city", "Pune"), bearer(admin.accessToken())).status())
                .as("admins lack business:update").isEqualTo(403);
        ApiResponse settings = api().patch("/api/v1/businesses/" + id + "/settings",
                object("allow_negative_stock", true, "round_off", "off", "financial_year_start_month", 1, "invoice_prefixes", Map.of("sale", "BZ")),
                bearer(admin.accessToken()));
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
        assertThat(settings.at("allow_negative_stock")).isEqualTo(true);
        assertThat(settings.text("invoice_prefixes.sale")).isEqualTo("BZ");

        ApiResponse tooLong = api().patch("/api/v1/businesses/" + id + "/settings", object("invoice_prefixes", Map.of("sale", "TOOLONG")),
                bearer(admin.accessToken()));
        assertThat(tooLong.status()).isEqualTo(400);
        ApiResponse badMonth = api().patch("/api/v1/businesses/" + id + "/settings", object("financial_year_start_month", 13),
                bearer(admin.accessToken()));
        assertThat(badMonth.status()).isEqualTo(400);
    }

    @Test
    void aDeletedBusinessIsGoneForEveryone() {
        LoggedIn owner = newUser();
        String id = createBusiness(owner);
        LoggedIn viewer = member(id, owner, "viewer");
        assertThat(api().delete("/api/v1/businesses/" + id, bearer(owner.accessToken())).status()).isEqualTo(204);
        assertThat(api().get("/api/v1/businesses/" + id, bearer(owner.accessToken())).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/businesses", bearer(owner.accessToken())).list()).isEmpty();
        assertThat(api().get("/api/v1/parties", as(viewer, id)).status()).isEqualTo(403);
    }

    @Test
    void strangersAndBadIdsAreRefused() {
        String id = createBusiness(newUser());
        LoggedIn stranger = newUser();
        assertThat(api().get("/api/v1/businesses/" + id, bearer(stranger.accessToken())).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/businesses/" + UUID.randomUUID(), bearer(stranger.accessToken())).status()).isEqualTo(403);
        ApiResponse notUuid = api().get("/api/v1/businesses/42", bearer(stranger.accessToken()));
        assertThat(notUuid.status()).isEqualTo(400);
        assertThat(api().get("/api/v1/businesses/" + id).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/permissions", bearer(stranger.accessToken())).list()).hasSize(8);
        assertThat(api().get("/permissions", bearer(stranger.accessToken())).status()).isEqualTo(200);
    }

    @Test
    void listsArePagedPlainArrays() {
        LoggedIn owner = newUser();
        for (int i = 0; i < 3; i++) {
            createBusiness(owner);
        }
        ApiResponse page = api().get("/api/v1/businesses?page=2&limit=2", bearer(owner.accessToken()));
        assertThat(page.list()).hasSize(1);
        assertThat(page.header("x-total-count")).isEqualTo("3");
        assertThat(api().get("/api/v1/businesses?limit=0", bearer(owner.accessToken())).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/businesses?page=x", bearer(owner.accessToken())).status()).isEqualTo(400);
        List<Object> all = api().get("/api/v1/businesses", bearer(owner.accessToken())).list();
        assertThat(all).hasSize(3);
    }
}
