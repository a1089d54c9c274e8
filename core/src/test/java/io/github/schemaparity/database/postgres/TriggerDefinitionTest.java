package io.github.schemaparity.database.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerDefinitionTest {

    @Test
    void readsConditionAndFunctionCall() {
        TriggerDefinition parsed = TriggerDefinition.parse("CREATE TRIGGER trg BEFORE UPDATE OF b, a ON public.t2 "
                + "FOR EACH ROW WHEN (old.* IS DISTINCT FROM new.*) EXECUTE FUNCTION public.touch('it''s', 'x')");
        assertThat(parsed.condition()).isEqualTo("old.* IS DISTINCT FROM new.*");
        assertThat(parsed.function()).isEqualTo("public.touch('it''s', 'x')");
    }

    @Test
    void parenthesesAndKeywordsInsideLiteralsAndNamesDoNotConfuseIt() {
        TriggerDefinition parsed = TriggerDefinition.parse("CREATE TRIGGER \"a FOR EACH ROW WHEN (\" AFTER INSERT "
                + "ON public.t FOR EACH ROW WHEN ((new.a)::text <> ')') EXECUTE FUNCTION public.f(')')");
        assertThat(parsed.condition()).isEqualTo("(new.a)::text <> ')'");
        assertThat(parsed.function()).isEqualTo("public.f(')')");
    }

    @Test
    void statementTriggerWithoutCondition() {
        TriggerDefinition parsed = TriggerDefinition.parse(
                "CREATE TRIGGER t AFTER TRUNCATE ON public.t FOR EACH STATEMENT EXECUTE FUNCTION public.f()");
        assertThat(parsed.condition()).isNull();
        assertThat(parsed.function()).isEqualTo("public.f()");
    }

    @Test
    void rejectsTextOfAnotherShape() {
        assertThatThrownBy(() -> TriggerDefinition.parse("CREATE TRIGGER t")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventsFromTypeBits() {
        assertThat(TriggerQuery.events(4 | 8 | 16 | 32, List.of("b", "a")))
                .containsExactly("INSERT", "DELETE", "UPDATE OF a, b", "TRUNCATE");
        assertThat(TriggerQuery.timing(64)).isEqualTo("INSTEAD OF");
        assertThat(TriggerQuery.timing(2)).isEqualTo("BEFORE");
        assertThat(TriggerQuery.timing(1)).isEqualTo("AFTER");
    }
}
