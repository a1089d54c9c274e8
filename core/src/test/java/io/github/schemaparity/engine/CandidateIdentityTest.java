package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateIdentityTest {
    private static final CandidateConfig CONFIG = CandidateConfig.builder().reference("prod.json")
            .projectDir(Path.of("project")).build();

    @Test
    void everyComponentNotFedAsWrittenIsARealComponentOfTheRecord() {
        assertThat(Arrays.stream(CandidateConfig.class.getRecordComponents()).map(RecordComponent::getName))
                .containsAll(CandidateIdentity.RESOLVED_OR_IRRELEVANT.keySet());
    }

    @Test
    void theRestOfTheRecordFeedsTheKeyByNameAndValue() {
        assertThat(CandidateIdentity.settings(CONFIG)).isEqualTo(Map.of("image", ""));
        assertThat(CandidateIdentity.settings(CONFIG.toBuilder().image("postgis/postgis:17").build()))
                .isEqualTo(Map.of("image", "postgis/postgis:17"));
    }

    @Test
    void settingsThatDoNotChangeTheCatalogLeaveTheFedSettingsAlone() {
        CandidateConfig other = CONFIG.toBuilder().provider("embedded").cache(false).cacheDir(Path.of("elsewhere"))
                .build();

        assertThat(CandidateIdentity.settings(other)).isEqualTo(CandidateIdentity.settings(CONFIG));
    }
}
