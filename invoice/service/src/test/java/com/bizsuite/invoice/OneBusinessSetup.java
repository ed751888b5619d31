package com.bizsuite.invoice;

import com.bizsuite.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;

import static com.bizsuite.testing.ApiClient.bearer;
import static com.bizsuite.testing.ApiClient.object;

/** Before each test: a new owner of a new business in Maharashtra (round-off off) with one customer there. */
abstract class OneBusinessSetup extends ApiTest {

    protected LoggedIn owner;
    protected String business;
    protected String customer;

    @BeforeEach
    void arrangeBusiness() {
        owner = newUser();
        business = api().post("/api/v1/businesses", object("name", getClass().getSimpleName() + " " + System.nanoTime(), "state",
                "Maharashtra", "round_off", "off"), bearer(owner.accessToken())).text("id");
        customer = api().post("/api/v1/parties", object("name", "Customer", "billing_state", "Maharashtra"), tenant()).text("id");
    }

    /** The owner's token and the business header. */
    protected String[] tenant() {
        return new String[]{"Authorization", "Bearer " + owner.accessToken(), "x-business-id", business};
    }
}
