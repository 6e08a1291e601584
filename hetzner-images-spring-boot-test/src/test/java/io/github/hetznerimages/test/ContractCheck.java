package io.github.hetznerimages.test;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.hetznerimages.contract.ContractValidator;
import io.github.hetznerimages.contract.WireMockInteractions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Holds a fake's exchanges to the API contract of the library's tests ({@link ContractValidator}, from the
 * autoconfigure module's test-jar). The one adaptation: the validator expects paths without the base path (the
 * library's own stubs serve at the root), while the fake serves under {@code /v1} as the real API does.
 */
final class ContractCheck {

    private ContractCheck() {}

    /** One finding per request or answer that breaks the contract, oldest first; empty when all conform. */
    static List<String> violations(HetznerImagesFake fake) {
        List<ServeEvent> events = new ArrayList<>(fake.serveEvents());
        Collections.reverse(events);
        List<String> violations = new ArrayList<>();
        for (ServeEvent event : events) {
            LoggedRequest logged = event.getRequest();
            ValidationReport report = WireMockInteractions.apiResponse(event)
                    .map(response -> ContractValidator.get().validate(request(logged), response))
                    .orElseGet(() -> ContractValidator.get().validate(request(logged)));
            if (report.hasErrors()) {
                violations.add(logged.getMethod() + " " + logged.getUrl() + " -> "
                        + event.getResponse().getStatus() + ":\n" + ContractValidator.describe(report));
            }
        }
        return violations;
    }

    private static SimpleRequest request(LoggedRequest logged) {
        SimpleRequest wire = WireMockInteractions.request(logged);
        SimpleRequest.Builder builder = new SimpleRequest.Builder(
                wire.getMethod().name(), wire.getPath().substring(HetznerImagesFake.DEFAULT_BASE_PATH.length()));
        wire.getQueryParameters()
                .forEach(name -> builder.withQueryParam(name, List.copyOf(wire.getQueryParameterValues(name))));
        wire.getHeaders().forEach((name, values) -> builder.withHeader(name, List.copyOf(values)));
        if (logged.getBody() != null && logged.getBody().length > 0) {
            builder.withBody(logged.getBodyAsString());
        }
        return builder.build();
    }
}
