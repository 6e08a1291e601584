package io.github.hetznerimages.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorCodeTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.hetznerimages.error.SpecErrorTable#rows")
    void everyCodeOfTheSpecTableMapsToItsOwnConstant(SpecErrorTable.Row row) {
        ErrorCode constant = ErrorCode.fromValue(row.code());

        assertThat(constant).isNotEqualTo(ErrorCode.UNKNOWN);
        assertThat(constant.value()).isEqualTo(row.code());
    }

    @Test
    void theEnumHasExactlyTheSpecCodesPlusUnknown() {
        var fromSpec =
                SpecErrorTable.ROWS.stream().map(SpecErrorTable.Row::code).collect(Collectors.toSet());
        var inEnum = Arrays.stream(ErrorCode.values())
                .filter(code -> code != ErrorCode.UNKNOWN)
                .map(ErrorCode::value)
                .collect(Collectors.toSet());

        assertThat(inEnum).isEqualTo(fromSpec);
        assertThat(EnumSet.allOf(ErrorCode.class)).hasSize(fromSpec.size() + 1);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "brand_new_code", "NOT_FOUND", "unknown"})
    void absentAndUnknownCodesMapToUnknown(String code) {
        assertThat(ErrorCode.fromValue(code)).isEqualTo(ErrorCode.UNKNOWN);
    }
}
