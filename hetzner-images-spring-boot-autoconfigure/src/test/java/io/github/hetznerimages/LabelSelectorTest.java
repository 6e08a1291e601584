package io.github.hetznerimages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LabelSelectorTest {

    @Test
    void builderWritesEveryOperatorInTheApiSyntax() {
        LabelSelector selector = LabelSelector.builder()
                .eq("env", "prod")
                .missing("gpu")
                .in("tier", "a", "b")
                .notEq("example.com/team", "ops")
                .has("keep")
                .notIn("zone", "fsn1", "nbg1")
                .build();

        assertThat(selector.expression())
                .isEqualTo("env=prod,!gpu,tier in (a,b),example.com/team!=ops,keep,zone notin (fsn1,nbg1)");
        assertThat(selector).hasToString(selector.expression());
        assertThat(selector.requirements()).hasSize(6).first().isEqualTo("env=prod");
    }

    @Test
    void emptyValueIsAllowedAsTheLabelRulesAllowIt() {
        assertThat(LabelSelector.builder().eq("just-a-key", "").build().expression())
                .isEqualTo("just-a-key=");
    }

    @Test
    void emptySelectorIsRejected() {
        assertThatThrownBy(() -> LabelSelector.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("label selector must have at least one requirement");
    }

    @Test
    void invalidKeysAndValuesAreRejectedWithTheLabelRule() {
        assertThatThrownBy(() -> LabelSelector.builder().has("x y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("label key 'x y' is invalid: the name must have 1 to 63 characters");
        assertThatThrownBy(() -> LabelSelector.builder().missing("hetzner.cloud/x"))
                .hasMessage("label key 'hetzner.cloud/x' is invalid: the prefix 'hetzner.cloud/' is reserved");
        assertThatThrownBy(() -> LabelSelector.builder().eq("env", "prod,x"))
                .hasMessageStartingWith("label value 'prod,x' of key 'env' is invalid");
        assertThatThrownBy(() -> LabelSelector.builder().notEq("env", null))
                .hasMessage("label value of 'env' must not be null (use \"\" for none)");
        assertThatThrownBy(() -> LabelSelector.builder().in("tier", "a", "b c"))
                .hasMessageStartingWith("label value 'b c' of key 'tier' is invalid");
        assertThatThrownBy(() -> LabelSelector.builder().has(null)).hasMessage("label key must not be null");
    }

    @Test
    void setOperatorsNeedAtLeastOneValue() {
        assertThatThrownBy(() -> LabelSelector.builder().in("tier"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("label selector 'tier in (...)' needs at least one value");
        assertThatThrownBy(() -> LabelSelector.builder().notIn("tier", (String[]) null))
                .hasMessage("label selector 'tier notin (...)' needs at least one value");
        assertThatThrownBy(() -> LabelSelector.builder().in("tier", "a", ""))
                .hasMessage("label selector 'tier in (...)' cannot hold an empty value; use eq(key, \"\") to match"
                        + " an empty value");
    }

    @Test
    void equalSelectorsAreEqual() {
        LabelSelector one = LabelSelector.builder().eq("a", "1").has("b").build();
        LabelSelector same = LabelSelector.builder().eq("a", "1").has("b").build();
        LabelSelector other = LabelSelector.builder().has("b").eq("a", "1").build();

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    }
}
