package com.bizsuite.inventory;

import com.bizsuite.testing.InventoryApiFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/** Items, units, categories and stock of another business are not found, and nothing of theirs moves. */
@MicronautTest(transactional = false)
class InventoryIsolationIT extends InventoryApiFixture {

    @Test
    void anotherBusinesssInventoryIsNotFound() {
        newBusiness();
        String theirItem = createItem("current_stock", 5);
        String theirUnit = api().post("/api/v1/units", object("name", "Box", "short_name", "box", "decimal_places", 0), tenant()).text("id");
        String theirCategory = api().post("/api/v1/categories", object("name", "Theirs"), tenant()).text("id");
        String theirs = business;

        String mine = api().post("/api/v1/businesses", object("name", "Mine"), bearer(owner.accessToken())).text("id");
        business = mine;
        assertThat(api().get("/api/v1/items/" + theirItem, tenant()).status()).isEqualTo(404);
        assertThat(api().patch("/api/v1/items/" + theirItem, object("name", "Stolen"), tenant()).status()).isEqualTo(404);
        assertThat(api().delete("/api/v1/items/" + theirItem, tenant()).status()).isEqualTo(404);
        assertThat(adjust(theirItem, "decrease", 5).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/stock/items/" + theirItem + "/history", tenant()).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/units/" + theirUnit, tenant()).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/categories/" + theirCategory, tenant()).status()).isEqualTo(404);
        assertThat(api().post("/api/v1/items", object("name", "X", "unit_id", theirUnit), tenant()).status()).isEqualTo(404);
        assertThat(api().post("/api/v1/items", object("name", "X", "category_id", theirCategory), tenant()).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/items", tenant()).list()).isEmpty();
        assertThat(api().get("/api/v1/stock/summary", tenant()).text("total_quantity")).isEqualTo("0.000");

        business = theirs;
        assertThat(stockOf(theirItem)).isEqualByComparingTo("5");
    }

    @Test
    void inventoryRoutesFollowTheRoleMatrix() {
        newBusiness();
        String item = createItem("current_stock", 5);
        LoggedIn viewer = newUser();
        api().post("/api/v1/businesses/" + business + "/users", object("phone", viewer.phone(), "role", "viewer"), bearer(owner.accessToken()));
        String[] asViewer = {"Authorization", "Bearer " + viewer.accessToken(), "x-business-id", business};
        assertThat(api().get("/api/v1/items", asViewer).status()).isEqualTo(200);
        assertThat(api().get("/api/v1/stock/summary", asViewer).status()).isEqualTo(200);
        assertThat(api().post("/api/v1/items", object("name", "X"), asViewer).status()).isEqualTo(403);
        assertThat(api().post("/api/v1/stock/adjust", object("item_id", item, "adjustment_type", "increase", "quantity", 1), asViewer).status())
                .isEqualTo(403);
        assertThat(api().delete("/api/v1/items/" + item, asViewer).status()).isEqualTo(403);
    }
}
