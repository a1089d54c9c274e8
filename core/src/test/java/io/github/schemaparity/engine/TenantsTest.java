package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import org.junit.jupiter.api.Test;

/** The tenants pattern: a glob over whole schema names. */
class TenantsTest {
    @Test
    void starMatchesAnyRunQuestionMarkOneCharacterOverTheWholeName() {
        Tenants tenants = Tenants.matching("tenant_*");
        assertThat(tenants.matches("tenant_001")).isTrue();
        assertThat(tenants.matches("tenant_")).isTrue();
        assertThat(tenants.matches("tenants_archive")).as("tenant-like, but not tenant_").isFalse();
        assertThat(tenants.matches("old_tenant_1")).as("the whole name, not a part").isFalse();
        assertThat(Tenants.matching("t??").matches("t01")).isTrue();
        assertThat(Tenants.matching("t??").matches("t001")).isFalse();
    }

    @Test
    void everyOtherCharacterMatchesItself() {
        assertThat(Tenants.matching("a.b$*").matches("a.b$1")).isTrue();
        assertThat(Tenants.matching("a.b$*").matches("axb$1")).as(". is not a regex wildcard").isFalse();
        assertThat(Tenants.matching("t[1]").matches("t[1]")).isTrue();
    }

    @Test
    void aBlankPatternIsAnErrorABlankReferenceIsNone() {
        assertThatThrownBy(() -> Tenants.matching(" ")).isInstanceOf(SchemaParityException.class)
                .hasMessage("Empty tenants pattern: give a glob over schema names, e.g. tenant_*");
        assertThat(new Tenants("tenant_*", " ").reference()).isNull();
        assertThat(Tenants.matching(" tenant_* ").against("tenant_001"))
                .isEqualTo(new Tenants("tenant_*", "tenant_001"));
    }
}
