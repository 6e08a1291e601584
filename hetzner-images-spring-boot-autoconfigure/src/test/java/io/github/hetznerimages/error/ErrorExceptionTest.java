package io.github.hetznerimages.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.RateLimit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorExceptionTest {

    private static ErrorException error(int status, String code) {
        return new ErrorException("GET", "/images/{id}", status, code, "msg", ErrorDetails.NONE, null, null);
    }

    @Test
    void messageNamesRequestStatusCodeApiMessageAndCorrelationId() {
        ErrorException ex = new ErrorException(
                "PUT", "/images/{id}", 423, "locked", "image is locked", ErrorDetails.NONE, "corr-7", null);

        assertThat(ex.getMessage())
                .isEqualTo("PUT /images/{id} failed: HTTP 423 locked: image is locked (correlation id corr-7)");
        assertThat(ex.method()).isEqualTo("PUT");
        assertThat(ex.path()).isEqualTo("/images/{id}");
        assertThat(ex.correlationId()).isEqualTo("corr-7");
    }

    @Test
    void messageWithoutCorrelationIdOrCodeStaysReadable() {
        ErrorException ex = new ErrorException("GET", "/images", 400, null, null, null, null, null);

        assertThat(ex.getMessage()).isEqualTo("GET /images failed: HTTP 400 (no code): ");
        assertThat(ex.code()).isEmpty();
        assertThat(ex.apiMessage()).isEmpty();
        assertThat(ex.details()).isSameAs(ErrorDetails.NONE);
        assertThat(ex.correlationId()).isNull();
        assertThat(ex.rateLimit()).isNull();
        assertThat(ex.errorCode()).isEqualTo(ErrorCode.UNKNOWN);
    }

    @Test
    void aLongApiMessageIsCutInTheMessageButKeptWhole() {
        String longText = "x".repeat(5_000);

        ErrorException ex =
                new ErrorException("GET", "/images", 422, "invalid_input", longText, ErrorDetails.NONE, null, null);

        assertThat(ex.getMessage())
                .hasSize("GET /images failed: HTTP 422 invalid_input: ".length() + ErrorException.MESSAGE_LIMIT + 3)
                .endsWith("x...");
        assertThat(ex.apiMessage()).isEqualTo(longText);
    }

    @Test
    void carriesTheRateLimitSnapshot() {
        RateLimit limit = new RateLimit(3600, 0, Instant.ofEpochSecond(2_000_000_000L), Instant.EPOCH);

        ErrorException ex = new ErrorException(
                "GET", "/images", 429, "rate_limit_exceeded", "slow down", ErrorDetails.NONE, null, limit);

        assertThat(ex.rateLimit()).isEqualTo(limit);
    }

    static List<Object[]> predicates() {
        List<Object[]> cases = new ArrayList<>();
        cases.add(
                new Object[] {"isNotFound", (Predicate<ErrorException>) ErrorException::isNotFound, List.of("not_found")
                });
        cases.add(new Object[] {
            "isRateLimited", (Predicate<ErrorException>) ErrorException::isRateLimited, List.of("rate_limit_exceeded")
        });
        cases.add(new Object[] {
            "isInvalidInput", (Predicate<ErrorException>) ErrorException::isInvalidInput, List.of("invalid_input")
        });
        cases.add(new Object[] {
            "isUnauthorized",
            (Predicate<ErrorException>) ErrorException::isUnauthorized,
            List.of("unauthorized", "token_readonly")
        });
        cases.add(new Object[] {
            "isProtected", (Predicate<ErrorException>) ErrorException::isProtected, List.of("protected")
        });
        cases.add(new Object[] {"isLocked", (Predicate<ErrorException>) ErrorException::isLocked, List.of("locked")});
        cases.add(
                new Object[] {"isConflict", (Predicate<ErrorException>) ErrorException::isConflict, List.of("conflict")
                });
        cases.add(new Object[] {
            "isForbidden", (Predicate<ErrorException>) ErrorException::isForbidden, List.of("forbidden")
        });
        cases.add(new Object[] {
            "isResourceLimitExceeded",
            (Predicate<ErrorException>) ErrorException::isResourceLimitExceeded,
            List.of("resource_limit_exceeded")
        });
        cases.add(new Object[] {
            "isServerError",
            (Predicate<ErrorException>) ErrorException::isServerError,
            List.of("server_error", "bad_gateway", "unavailable", "timeout")
        });
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("predicates")
    void eachPredicateHoldsExactlyForItsCodes(String name, Predicate<ErrorException> predicate, List<String> codes) {
        List<String> matching = SpecErrorTable.ROWS.stream()
                .filter(row -> predicate.test(error(row.status(), row.code())))
                .map(SpecErrorTable.Row::code)
                .toList();

        assertThat(matching).as(name).containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void http429CountsAsRateLimitedEvenWithAnUnknownCode() {
        assertThat(error(429, "slow_down").isRateLimited()).isTrue();
        assertThat(error(429, "slow_down").is(ErrorCode.UNKNOWN)).isTrue();
    }

    @Test
    void detailsAreImmutableCopies() {
        List<ErrorDetails.FieldError> fields = new ArrayList<>();
        fields.add(new ErrorDetails.FieldError("name", List.of("is too long")));
        ErrorDetails details = new ErrorDetails(fields, null, null, Map.of("fields", List.of()));
        fields.clear();

        assertThat(details.fields()).hasSize(1);
        assertThat(details.limits()).isEmpty();
        assertThat(details.announcement()).isNull();
        assertThat(details.messagesFor("name")).containsExactly("is too long");
        assertThat(details.messagesFor("other")).isEmpty();
        assertThatThrownBy(() -> details.raw().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void transporterExceptionReportsStatusOnlyWhenAnAnswerArrived() {
        TransporterException noAnswer = new TransporterException(
                "lost", TransporterException.Reason.CONNECTION_LOST, "GET", "/images", 0, true, null);
        TransporterException withAnswer = new TransporterException(
                "html", TransporterException.Reason.NOT_JSON, "GET", "/images", 502, true, null);

        assertThat(noAnswer.status()).isNull();
        assertThat(withAnswer.status()).isEqualTo(502);
        assertThat(withAnswer.reason()).isEqualTo(TransporterException.Reason.NOT_JSON);
        assertThat(withAnswer.method()).isEqualTo("GET");
        assertThat(withAnswer.path()).isEqualTo("/images");
    }

    @Test
    void transporterExceptionWithoutReasonIsOther() {
        TransporterException ex = new TransporterException("no image", "POST", "/x", 201, true, null);

        assertThat(ex.reason()).isEqualTo(TransporterException.Reason.OTHER);
        assertThat(ex.outcomeUnknown()).isTrue();
    }
}
