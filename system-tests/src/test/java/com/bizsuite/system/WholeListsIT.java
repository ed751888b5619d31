package com.bizsuite.system;

import com.bizsuite.testing.ApiResponse;
import com.bizsuite.testing.ApiTest.LoggedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.bizsuite.testing.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The old clients fill their party and item pickers from a list asked for without page or limit,
 * and expect every row, as the old system answered; paging stays available.
 */
class WholeListsIT extends SystemFixture {

    private static final int ROWS = 60;

    private LoggedIn owner;
    private String business;

    @BeforeAll
    void rows() {
        owner = newUser();
        business = newBusiness(owner);
        for (int i = 0; i < ROWS; i++) {
            expect(api.post("/api/v1/parties", object("name", "Customer " + i), as(owner, business)), 201);
            expect(api.post("/api/v1/items", object("name", "Item " + i), as(owner, business)), 201);
        }
    }

    @Test
    void aListWithoutPagingHasEveryRow() {
        for (String list : new String[]{"/api/v1/parties", "/api/v1/items"}) {
            ApiResponse whole = expect(api.get(list, as(owner, business)), 200);
            assertThat(whole.list()).as(list).hasSize(ROWS);
            assertThat(whole.header("X-Total-Count")).isEqualTo(String.valueOf(ROWS));
        }
    }

    @Test
    void aPageIsStillAPage() {
        ApiResponse page = expect(api.get("/api/v1/parties?page=2&limit=25", as(owner, business)), 200);
        assertThat(page.list()).hasSize(25);
        assertThat(page.header("X-Total-Count")).isEqualTo(String.valueOf(ROWS));
        expect(api.get("/api/v1/items?limit=201", as(owner, business)), 400);
    }
}
