package io.github.schemaparity.junit;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.engine.CandidateConfig;
import io.github.schemaparity.engine.JudgingConfig;
import io.github.schemaparity.engine.Source;
import io.github.schemaparity.policy.Severity;
import io.github.schemaparity.provision.ExistingServer;
import io.github.schemaparity.provision.ProviderChoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a user configured, from {@link SchemaParity} or {@link SchemaParityCheck}, as plain values.
 * {@link #toConfigs} maps it, once, onto the engine's two immutable configurations; the engine never sees
 * JUnit types. Validation messages name the attribute, as the user wrote it.
 */
record ParitySettings(String reference, String referenceUrlVariable, String referenceUserVariable,
        String referencePasswordVariable, List<String> flywayLocations, String liquibaseChangelog, String sqlFolder,
        CandidateProvider provider, String image, String serverUrlVariable, List<String> schemas, List<String> ignore,
        Severity failOn, boolean columnOrder, boolean privileges, boolean ignoreMigrationHistory, String reportDir,
        List<String> rules, List<String> risks, String baseline, boolean baselineStrict, boolean versionAware,
        String schemaMapping) {

    static final String DEFAULT_REPORT_DIR = "target/schemaparity";

    ParitySettings {
        reference = trim(reference);
        referenceUrlVariable = trim(referenceUrlVariable);
        referenceUserVariable = trim(referenceUserVariable);
        referencePasswordVariable = trim(referencePasswordVariable);
        flywayLocations = clean(flywayLocations);
        liquibaseChangelog = trim(liquibaseChangelog);
        sqlFolder = trim(sqlFolder);
        provider = provider == null ? CandidateProvider.AUTO : provider;
        image = trim(image);
        serverUrlVariable = trim(serverUrlVariable);
        schemas = clean(schemas);
        ignore = clean(ignore);
        failOn = failOn == null ? Severity.LOW : failOn;
        reportDir = trim(reportDir).isEmpty() ? DEFAULT_REPORT_DIR : trim(reportDir);
        rules = clean(rules);
        risks = clean(risks);
        baseline = trim(baseline);
        schemaMapping = trim(schemaMapping);
    }

    /** The same settings with another reference (one environment of {@link SchemaParity#references()}). */
    ParitySettings withReference(String other) {
        return new ParitySettings(other, referenceUrlVariable, referenceUserVariable, referencePasswordVariable,
                flywayLocations, liquibaseChangelog, sqlFolder, provider, image, serverUrlVariable, schemas, ignore,
                failOn, columnOrder, privileges, ignoreMigrationHistory, reportDir, rules, risks, baseline,
                baselineStrict, versionAware, schemaMapping);
    }

    /** The annotation's values. */
    static ParitySettings of(SchemaParity annotation) {
        return new ParitySettings(annotation.reference(), annotation.referenceUrlVariable(),
                annotation.referenceUserVariable(), annotation.referencePasswordVariable(),
                Arrays.asList(annotation.flywayLocations()), annotation.liquibaseChangelog(), annotation.sqlFolder(),
                annotation.provider(), annotation.image(), annotation.serverUrlVariable(),
                Arrays.asList(annotation.schemas()), Arrays.asList(annotation.ignore()), annotation.failOn(),
                annotation.columnOrder(), annotation.privileges(), annotation.ignoreMigrationHistory(),
                annotation.reportDir(), Arrays.asList(annotation.rules()), Arrays.asList(annotation.risks()),
                annotation.baseline(), annotation.baselineStrict(), annotation.versionAware(), annotation.schemaMapping());
    }

    /**
     * Every attribute at its default, as an unannotated class registering the extension gets: the defaults
     * {@link SchemaParity} declares, read from it, so that they are written down once.
     */
    static ParitySettings defaults() {
        return of(Unconfigured.class.getAnnotation(SchemaParity.class));
    }

    /** Carries {@link SchemaParity} with no attribute set: its values are the annotation's defaults. */
    @SchemaParity
    private static final class Unconfigured {
    }

    /**
     * What builds the candidate and how it is judged.
     *
     * @param candidate what builds the candidate; equal values share one running candidate
     * @param judging   diff options, policy, report folder
     */
    record Configs(CandidateConfig candidate, JudgingConfig judging) {
    }

    /**
     * The engine's configurations.
     *
     * @param owner      who is configured, first in every message, e.g. {@code @SchemaParity on ShopTest}
     * @param projectDir the project folder relative paths are resolved against
     * @param resources  the class loader of the test class ({@code classpath:} references and migrations)
     * @param reportDir  where {@code report.json} goes
     * @throws IllegalArgumentException naming the attribute, when the settings contradict each other or
     *                                  name something that does not exist
     */
    Configs toConfigs(String owner, Path projectDir, ClassLoader resources, Path reportDir) {
        checkOneMigrationSource(owner);
        if (provider == CandidateProvider.EMBEDDED && !image.isEmpty()) {
            throw new IllegalArgumentException(owner + ": image is set but provider is EMBEDDED, which runs no"
                    + " container image; remove one of them");
        }
        Variables variables = new Variables(owner);
        Source source = new ReferenceLocation(owner, variables).resolve(this, projectDir, resources);
        ExistingServer server = server(owner, variables);
        Path baselineFile = new BaselineLocation(owner).resolve(baseline, projectDir, resources);
        try {
            JudgingConfig judging = JudgingConfig.builder()
                    .ignore(ignore)
                    .failOn(failOn)
                    .columnOrder(columnOrder)
                    .ignoreMigrationHistory(ignoreMigrationHistory)
                    .reportDir(reportDir)
                    .rules(rules)
                    .risks(risks)
                    .baseline(baselineFile)
                    .baselineStrict(baselineStrict)
                    .build();
            CandidateConfig candidate = CandidateConfig.builder()
                    .reference(source)
                    .projectDir(projectDir)
                    .flywayLocations(flywayLocations)
                    .liquibaseChangelog(liquibaseChangelog)
                    .sqlFolder(sqlFolder)
                    .resources(resources)
                    .provider(ProviderChoice.valueOf(provider.name()))
                    .image(image)
                    .server(server)
                    .schemas(schemas)
                    .privileges(privileges)
                    .schemaMapping(schemaMapping)
                    .versionAware(versionAware)
                    .cache(false)
                    .build();
            return new Configs(candidate, judging);
        } catch (SchemaParityException | IllegalArgumentException e) {
            // e.g. a malformed ignore glob, rule or re-rating, or a corrupt baseline file
            throw new IllegalArgumentException(owner + ": " + e.getMessage(), e);
        }
    }

    private void checkOneMigrationSource(String owner) {
        List<String> set = new ArrayList<>();
        if (!flywayLocations.isEmpty()) {
            set.add("flywayLocations");
        }
        if (!liquibaseChangelog.isEmpty()) {
            set.add("liquibaseChangelog");
        }
        if (!sqlFolder.isEmpty()) {
            set.add("sqlFolder");
        }
        if (set.size() > 1) {
            throw new IllegalArgumentException(owner + ": " + String.join(" and ", set)
                    + " are both set; set only one migration source");
        }
    }

    private ExistingServer server(String owner, Variables variables) {
        if (provider == CandidateProvider.SERVER && serverUrlVariable.isEmpty()) {
            throw new IllegalArgumentException(owner + ": provider SERVER needs serverUrlVariable, the system property"
                    + " or environment variable holding the server's JDBC URL");
        }
        if (serverUrlVariable.isEmpty()) {
            return null;
        }
        if (provider != CandidateProvider.SERVER && provider != CandidateProvider.AUTO) {
            throw new IllegalArgumentException(owner + ": serverUrlVariable is set but provider is " + provider
                    + "; remove one of them");
        }
        String url = variables.required("serverUrlVariable", serverUrlVariable);
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException(owner + ": serverUrlVariable " + serverUrlVariable
                    + " holds no JDBC URL; expected e.g. jdbc:postgresql://host:5432/postgres?user=ci&password=...");
        }
        return new ExistingServer(url, null, null);
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().map(ParitySettings::trim).filter(v -> !v.isEmpty()).toList();
    }
}
