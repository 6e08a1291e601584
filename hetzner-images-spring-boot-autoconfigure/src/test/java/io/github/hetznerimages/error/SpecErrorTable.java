package io.github.hetznerimages.error;

import java.util.List;

/**
 * The error table of the official API spec, hard-coded: it mirrors the "Error Codes" table in
 * {@code info.description} of {@code cloud.spec.json} (HTTP status, code), row by row. Tests must not read files
 * outside the repository, so when the spec gains a code, add its row here (and a constant to {@link ErrorCode}).
 */
public final class SpecErrorTable {

    /** One row of the table. */
    public record Row(int status, String code) {

        /** The constant this library maps the code to. */
        public ErrorCode constant() {
            return ErrorCode.valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }

        @Override
        public String toString() {
            return status + " " + code;
        }
    }

    /** Every row, in the spec's order. */
    public static final List<Row> ROWS = List.of(
            new Row(400, "json_error"),
            new Row(401, "unauthorized"),
            new Row(401, "token_readonly"),
            new Row(403, "forbidden"),
            new Row(403, "maintenance"),
            new Row(403, "resource_limit_exceeded"),
            new Row(404, "not_found"),
            new Row(405, "method_not_allowed"),
            new Row(409, "uniqueness_error"),
            new Row(409, "conflict"),
            new Row(410, "deprecated_api_endpoint"),
            new Row(412, "resource_unavailable"),
            new Row(422, "invalid_input"),
            new Row(422, "service_error"),
            new Row(422, "unsupported_error"),
            new Row(423, "locked"),
            new Row(423, "protected"),
            new Row(429, "rate_limit_exceeded"),
            new Row(500, "server_error"),
            new Row(502, "bad_gateway"),
            new Row(503, "unavailable"),
            new Row(504, "timeout"));

    private SpecErrorTable() {}

    /** The rows, as a JUnit method source. */
    public static List<Row> rows() {
        return ROWS;
    }
}
