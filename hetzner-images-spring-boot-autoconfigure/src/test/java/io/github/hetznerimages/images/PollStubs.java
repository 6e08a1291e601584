package io.github.hetznerimages.images;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.hetznerimages.testsupport.Fixtures;
import java.util.function.Function;

/** Stubs a GET that answers with one fixture after another (a WireMock scenario); the last one repeats. */
final class PollStubs {

    private PollStubs() {}

    /** Answers {@code GET path} with the fixtures under {@code fixtures/actions/}, in order, as plain 200 JSON. */
    static void sequence(WireMockServer server, String path, String... fixtures) {
        sequence(server, path, json -> okJson(json), fixtures);
    }

    /** Like {@link #sequence(WireMockServer, String, String...)}, with each answer built by {@code answer}. */
    static void sequence(
            WireMockServer server,
            String path,
            Function<String, ResponseDefinitionBuilder> answer,
            String... fixtures) {
        for (int index = 0; index < fixtures.length; index++) {
            String state = index == 0 ? Scenario.STARTED : "answer-" + index;
            ScenarioMappingBuilder stub = get(urlPathEqualTo(path))
                    .inScenario("poll " + path)
                    .whenScenarioStateIs(state)
                    .willReturn(answer.apply(Fixtures.json("actions/" + fixtures[index])));
            if (index + 1 < fixtures.length) {
                stub = stub.willSetStateTo("answer-" + (index + 1));
            }
            server.stubFor(stub);
        }
    }
}
