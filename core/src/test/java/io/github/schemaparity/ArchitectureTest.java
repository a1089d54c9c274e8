package io.github.schemaparity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of {@code docs/architecture.md}, checked on core's main classes: no cycles between
 * top-level packages, and each layer imports only the layers below it.
 */
@AnalyzeClasses(packages = "io.github.schemaparity",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {
    private static final String ROOT = "io.github.schemaparity.";

    /** The packages of a layer, as ArchUnit package patterns ({@code io.github.schemaparity.model..}). */
    private static String[] packages(String... names) {
        String[] patterns = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            patterns[i] = ROOT + names[i] + "..";
        }
        return patterns;
    }

    /** What builds and reads databases: below the judgement of differences. */
    private static final String[] CANDIDATE = packages("model", "log", "jdbc", "mapping", "snapshot", "migrate",
            "history", "capture", "provision", "cache");

    /** What judges and reports differences (the drift history among the reports). */
    private static final String[] JUDGE_AND_REPORT = packages("diff", "baseline", "policy", "fix", "report", "drift");

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices().matching(ROOT + "(*)..").namingSlices("$1")
            .should().beFreeOfCycles()
            .because("each package can then be read, tested and replaced from the bottom up");

    @ArchTest
    static final ArchRule modelIsAtTheBottom = noClasses().that().resideInAPackage(ROOT + "model..")
            .should().dependOnClassesThat().resideInAnyPackage(packages("log", "jdbc", "mapping", "snapshot",
                    "migrate", "history", "capture", "provision", "cache", "diff", "baseline", "policy", "fix",
                    "report", "drift", "engine", "database"))
            .because("the catalog model is plain data every layer shares");

    @ArchTest
    static final ArchRule logIsAtTheBottom = noClasses().that().resideInAPackage(ROOT + "log..")
            .should().dependOnClassesThat().resideInAnyPackage(packages("model", "jdbc", "mapping", "snapshot",
                    "migrate", "history", "capture", "provision", "cache", "diff", "baseline", "policy", "fix",
                    "report", "drift", "engine", "database"))
            .because("every layer logs, provisioning included, without depending on the engine");

    @ArchTest
    static final ArchRule candidateLayersNeverImportTheJudgement = noClasses().that().resideInAnyPackage(CANDIDATE)
            .should().dependOnClassesThat().resideInAnyPackage(JUDGE_AND_REPORT)
            .because("building and reading a database knows nothing of how differences are judged or reported");

    @ArchTest
    static final ArchRule fixNeverImportsPolicyOrReports = noClasses().that().resideInAPackage(ROOT + "fix..")
            .should().dependOnClassesThat().resideInAnyPackage(packages("baseline", "policy", "report"))
            .because("fix SQL is planned from the differences alone and travels beside the assessment");

    @ArchTest
    static final ArchRule judgementNeverImportsFixOrReports = noClasses()
            .that().resideInAnyPackage(packages("diff", "baseline", "policy"))
            .should().dependOnClassesThat().resideInAnyPackage(packages("fix", "report"))
            .because("the policy judges; fixes and reports are built from its judgement, not inside it");

    @ArchTest
    static final ArchRule baselineSitsBelowThePolicy = noClasses().that().resideInAPackage(ROOT + "baseline..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + "policy..")
            .because("the baseline file holds entries; matching them and updating them is the policy's side");

    @ArchTest
    static final ArchRule judgementAndReportsNeverTouchDatabases = noClasses()
            .that().resideInAnyPackage(JUDGE_AND_REPORT)
            .should().dependOnClassesThat().resideInAnyPackage(packages("jdbc", "capture", "provision", "cache"))
            .because("diff, policy, fix and reports work on catalogs, never on a connection or a server");

    @ArchTest
    static final ArchRule reportsNeverImportTheDriftHistory = noClasses()
            .that().resideInAnyPackage(packages("diff", "baseline", "policy", "fix", "report"))
            .should().dependOnClassesThat().resideInAPackage(ROOT + "drift..")
            .because("the drift history reuses report.json's difference record; the reports know nothing of it");

    @ArchTest
    static final ArchRule onlyTheEngineImportsTheEngine = noClasses().that().resideOutsideOfPackage(ROOT + "engine..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + "engine..")
            .because("the engine is the front ends' entry point; nothing below it calls back into it");

    /** Per-engine packages (database.postgres, ...): the generic layers and fix, never judgement or reports. */
    @ArchTest
    static final ArchRule enginePackagesStayBelowTheJudgement = noClasses().that().resideInAPackage(ROOT + "database..")
            .should().dependOnClassesThat().resideInAnyPackage(packages("baseline", "policy", "report", "engine",
                    "cache"))
            .because("an engine's package says how its servers behave, not how differences are judged");

    /** The data comparison is handed its engine's dialect and sessions, as capture is handed a reader. */
    @ArchTest
    static final ArchRule dataNeverLooksAnEngineUp = noClasses().that().resideInAPackage(ROOT + "data..")
            .should().dependOnClassesThat().resideInAnyPackage(packages("database", "engine"))
            .because("each engine's data SQL lives in its database package; the engine hands it down");
}
