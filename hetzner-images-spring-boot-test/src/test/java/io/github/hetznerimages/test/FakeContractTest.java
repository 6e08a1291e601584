package io.github.hetznerimages.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fake's answers against the API contract (the trimmed official spec): every route it serves, with success
 * and error answers, each checked by the same validator that checks the library's own stubs.
 */
class FakeContractTest {

    private HetznerImagesFake fake;
    private WireClient api;

    @BeforeEach
    void startFake() {
        fake = HetznerImagesFake.start();
        api = new WireClient(fake);
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void imageReadsWritesAndTheirErrorsConform() {
        api.get("/images");
        api.get("/images?type=snapshot&status=available&bound_to=4711&include_deprecated=true&name=x"
                + "&label_selector=app%3Dweb&architecture=x86&sort=created:desc&sort=id&page=2&per_page=5");
        api.get("/images?type=system&architecture=arm&sort=name:asc");
        api.get("/images/302000001");
        api.get("/images/999");
        api.put("/images/302000005", "{\"description\":\"keep\",\"labels\":{\"pinned\":\"yes\"}}");
        api.put("/images/304000001", "{\"type\":\"snapshot\"}");
        api.put("/images/161547269", "{\"description\":\"mine\"}");
        api.delete("/images/302000001");
        api.delete("/images/302000003");

        assertThat(fake.requests())
                .extracting(FakeRequest::status)
                .containsExactly(200, 200, 200, 200, 404, 200, 200, 422, 204, 423);
        assertThat(ContractCheck.violations(fake)).isEmpty();
    }

    @Test
    void actionsAndTheirErrorsConform() {
        long actionId = api.post(
                        "/servers/4711/actions/create_image",
                        "{\"type\":\"snapshot\",\"description\":\"before deploy\",\"labels\":{\"app\":\"web\"}}")
                .json()
                .at("/action/id")
                .asLong();
        api.post("/servers/4711/actions/create_image", "{}");
        api.post("/servers/1/actions/create_image", "{}");
        api.get("/actions/" + actionId);
        fake.advance(Duration.ofMinutes(5));
        api.get("/actions/" + actionId);
        api.post("/images/302000002/actions/change_protection", "{\"delete\":true}");
        api.post("/images/161547269/actions/change_protection", "{\"delete\":true}");
        api.get("/actions?id=" + actionId + "&id=" + (actionId + 1));
        api.get("/actions/999");
        api.get("/images/actions?status=success&sort=id:desc&page=1&per_page=1");
        api.get("/images/actions/" + actionId);
        api.get("/images/302000002/actions?sort=started:asc&status=success");
        api.get("/images/302000002/actions/" + (actionId + 1));

        assertThat(fake.requests())
                .extracting(FakeRequest::status)
                .containsExactly(201, 423, 404, 200, 200, 201, 422, 200, 404, 200, 200, 200, 200);
        assertThat(ContractCheck.violations(fake)).isEmpty();
    }

    @Test
    void aFailedActionConforms() {
        fake.failNextImageCreation("image_creation_failed", "disk could not be read");
        long actionId = api.post("/servers/4712/actions/create_image", "{}")
                .json()
                .at("/action/id")
                .asLong();
        fake.advance(Duration.ofMinutes(5));

        WireClient.Answer failed = api.get("/actions/" + actionId);

        assertThat(failed.json().at("/action/status").asString()).isEqualTo("error");
        assertThat(failed.json().at("/action/error/code").asString()).isEqualTo("image_creation_failed");
        assertThat(ContractCheck.violations(fake)).isEmpty();
    }

    @Test
    void plannedErrorAnswersAndMissingTokensConform() {
        fake.failNext(FakeRoute.LIST_IMAGES, 1, FakeFault.rateLimited())
                .failNext(FakeRoute.GET_IMAGE, 1, FakeFault.unavailable())
                .failNext(FakeRoute.DELETE_IMAGE, 1, FakeFault.error(409, "conflict", "try again"));
        api.get("/images");
        api.get("/images/302000001");
        api.delete("/images/302000001");
        api.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/images/302000001")));

        assertThat(fake.requests()).extracting(FakeRequest::status).containsExactly(429, 503, 409, 401);
        assertThat(ContractCheck.violations(fake))
                .singleElement()
                .asString()
                .as("the only finding: the request without a token breaks the contract, its answer does not")
                .contains("GET /v1/images/302000001 -> 401")
                .contains("security");
    }
}
