package io.github.schemaparity.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalVersionOrderTest {

    @Test
    void flywayStyleVersionsCompareAsNumbers() {
        assertThat(sorted("V10__later.sql", "V2__orders.sql", "V1__init.sql", "V1.1__fix.sql", "V1_2__fix.sql"))
                .containsExactly("V1__init.sql", "V1.1__fix.sql", "V1_2__fix.sql", "V2__orders.sql", "V10__later.sql");
    }

    @Test
    void zeroPaddedAndDatedNamesCompareAsNumbers() {
        assertThat(sorted("010_x.sql", "002_y.sql", "1_z.sql"))
                .containsExactly("1_z.sql", "002_y.sql", "010_x.sql");
        assertThat(sorted("2024_01_10_b.sql", "2024_01_02_a.sql", "2023_12_31_z.sql"))
                .containsExactly("2023_12_31_z.sql", "2024_01_02_a.sql", "2024_01_10_b.sql");
    }

    @Test
    void numbersInTheDescriptionDoNotCount() {
        assertThat(sorted("V2__add_table1.sql", "V2__add_table10.sql", "V1__add_table99.sql"))
                .containsExactly("V1__add_table99.sql", "V2__add_table1.sql", "V2__add_table10.sql");
    }

    @Test
    void namesWithoutNumbersComeFirstAndTiesFallBackToTheName() {
        assertThat(sorted("V1__b.sql", "schema.sql", "V1__a.sql", "data.sql"))
                .containsExactly("data.sql", "schema.sql", "V1__a.sql", "V1__b.sql");
    }

    @Test
    void numbersLongerThanALongStayExact() {
        assertThat(sorted("99999999999999999999999_b.sql", "100000000000000000000000_a.sql"))
                .containsExactly("99999999999999999999999_b.sql", "100000000000000000000000_a.sql");
    }

    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        Collections.shuffle(list, new java.util.Random(7));
        list.sort(NaturalVersionOrder.INSTANCE);
        return list;
    }
}
