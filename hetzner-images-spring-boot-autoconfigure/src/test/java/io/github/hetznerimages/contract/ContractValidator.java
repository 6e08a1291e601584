package io.github.hetznerimages.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.stream.Collectors;

/**
 * The official API contract as a validator: an {@link OpenApiInteractionValidator} built once, on first use, from
 * the trimmed spec copy ({@link ContractSpec#RESOURCE}) and shared by every test. The client calls bare paths ({@code /images/42})
 * against a base URL without {@code /v1}, so the spec's server path is overridden with {@code /}. Every finding is
 * an error, including query parameters the operation does not declare (the validator ignores those by default).
 */
public final class ContractValidator {

    private final OpenApiInteractionValidator validator;

    private ContractValidator() {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(ContractSpec.text())
                .withBasePathOverride("/")
                .withLevelResolver(LevelResolver.create()
                        .withDefaultLevel(ValidationReport.Level.ERROR)
                        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
                        .build())
                .build();
    }

    /** The shared validator (loading it takes a few seconds, so it is built once). */
    public static ContractValidator get() {
        return Holder.INSTANCE;
    }

    /** The findings on a request alone. */
    public ValidationReport validate(Request request) {
        return validator.validateRequest(request);
    }

    /** The findings on a request and the response it got. */
    public ValidationReport validate(Request request, Response response) {
        return validator.validate(request, response);
    }

    /**
     * The errors of a report, one per line as {@code - key (parameter 'name'): message}, in the validator's own
     * words; the parameter is named when the finding is about one (the validator's text alone does not say which).
     */
    public static String describe(ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(ContractValidator::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(ValidationReport.Message message) {
        String parameter = message.getContext()
                .flatMap(ValidationReport.MessageContext::getParameter)
                .map(definition -> " (parameter '" + definition.getName() + "')")
                .orElse("");
        String info = message.getAdditionalInfo().isEmpty() ? "" : " " + message.getAdditionalInfo();
        return "  - " + message.getKey() + parameter + ": " + message.getMessage() + info;
    }

    private static final class Holder {
        static final ContractValidator INSTANCE = new ContractValidator();
    }
}
