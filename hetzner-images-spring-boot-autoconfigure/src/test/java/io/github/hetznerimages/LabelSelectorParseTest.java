package io.github.hetznerimages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LabelSelectorParseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "env=prod                                   | env=prod",
                "env==prod                                  | env=prod",
                "env = prod                                 | env=prod",
                "env!=prod                                  | env!=prod",
                "keep                                       | keep",
                "!gpu                                       | !gpu",
                "tier in (a,b)                              | tier in (a,b)",
                "tier in ( a , b )                          | tier in (a,b)",
                "tier notin (a)                             | tier notin (a)",
                "example.com/my=label                       | example.com/my=label",
                "just-a-key=                                | just-a-key=",
                "env=production,type!=database              | env=production,type!=database",
                "env in (testing,staging), !type ,k         | env in (testing,staging),!type,k",
            })
    void readsTheApiSyntaxIntoTheCanonicalForm(String text, String canonical) {
        LabelSelector selector = LabelSelector.parse(text);

        assertThat(selector.expression()).isEqualTo(canonical);
        assertThat(LabelSelector.parse(canonical)).isEqualTo(selector);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"env=prod,", "a b", "tier in (a", "tier in ()", "tier in (a,)", "env=prod)", "=x", "a=b=c"})
    void rejectsWhatItCannotRead(String text) {
        assertThatThrownBy(() -> LabelSelector.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("label selector '" + text + "' is invalid: ");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   "})
    void rejectsBlankText(String text) {
        assertThatThrownBy(() -> LabelSelector.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("label selector must not be blank");
    }

    @org.junit.jupiter.api.Test
    void namesTheBrokenLabelRule() {
        assertThatThrownBy(() -> LabelSelector.parse("env=prod,hetzner.cloud/x"))
                .hasMessage("label selector 'env=prod,hetzner.cloud/x' is invalid: label key 'hetzner.cloud/x' is"
                        + " invalid: the prefix 'hetzner.cloud/' is reserved")
                .hasCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LabelSelector.parse("env=prod,a b"))
                .hasMessage("label selector 'env=prod,a b' is invalid: cannot read requirement 'a b'");
        assertThatThrownBy(() -> LabelSelector.parse(null)).hasMessage("label selector must not be blank");
    }
}
