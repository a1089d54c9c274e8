package io.github.schemaparity.junit;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.engine.Environment;
import io.github.schemaparity.engine.EnvironmentsResult;
import io.github.schemaparity.engine.ParityEngine;
import java.util.List;
import org.junit.jupiter.api.extension.ParameterResolutionException;

import io.github.schemaparity.engine.LiveCandidate;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

/**
 * The extension behind {@link SchemaParity}: before a class's first test, gets the shared candidate for
 * the class's configuration from the root store (starting it once), compares it with the reference
 * under the class's policy, publishes the verdict and report path as report entries, and fails the
 * class when the policy does not allow a difference. Resolves {@link SchemaParityResult},
 * {@link MigratedDatabase}, {@link DataSource} and {@code @}{@link CandidateUrl} {@code String}
 * parameters.
 */
public final class SchemaParityExtension implements BeforeAllCallback, ParameterResolver {
    /** Report entry key holding PASS or FAIL. */
    public static final String VERDICT_ENTRY = "schemaparity.verdict";
    /** Report entry key holding the path of the class's {@code report.json}. */
    public static final String REPORT_ENTRY = "schemaparity.report";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SchemaParityExtension.class);
    private static final String STATE = "class-state";

    /** Creates the extension; JUnit does, through {@link SchemaParity}. */
    public SchemaParityExtension() {
    }

    /** What a class compared: its result and the candidate its tests may query. */
    private record ClassState(SchemaParityResult result, LiveCandidate candidate, String failure) {
        ClassState(SchemaParityResult result, LiveCandidate candidate) {
            this(result, candidate, result.passed() ? null : result.message());
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ClassState state = state(context);
        if (state.failure() != null) {
            throw new AssertionFailedError(state.failure());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == String.class) {
            return parameter.isAnnotated(CandidateUrl.class);
        }
        return type == SchemaParityResult.class || type == MigratedDatabase.class || type == DataSource.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ClassState state = state(context);
        Class<?> type = parameter.getParameter().getType();
        if (state.result() == null) {
            throw new ParameterResolutionException("@SchemaParity with references checks several environments: there"
                    + " is no single result or candidate to inject; use reference for one");
        }
        if (type == SchemaParityResult.class) {
            return state.result();
        }
        MigratedDatabase database = new MigratedDatabase(state.candidate());
        if (type == DataSource.class) {
            return database.dataSource();
        }
        if (type == String.class) {
            return database.jdbcUrl();
        }
        return database;
    }

    /**
     * The class's comparison, made once: in {@code beforeAll}, or earlier when a per-class test instance
     * asks for a constructor parameter. Nested classes see their enclosing class's state.
     */
    private ClassState state(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        ClassState existing = store.get(STATE, ClassState.class);
        if (existing != null) {
            return existing;
        }
        ExtensionContext classContext = classContext(context);
        synchronized (this) {
            ClassState state = classContext.getStore(NAMESPACE).get(STATE, ClassState.class);
            if (state == null) {
                state = compare(classContext);
                classContext.getStore(NAMESPACE).put(STATE, state);
            }
            return state;
        }
    }

    private ClassState compare(ExtensionContext classContext) {
        Class<?> testClass = classContext.getRequiredTestClass();
        String owner = "@SchemaParity on " + testClass.getSimpleName();
        ParitySettings settings = settings(testClass);
        Path projectDir = Path.of("").toAbsolutePath();
        String[] references = annotation(testClass).map(SchemaParity::references).orElse(new String[0]);
        if (references.length > 0) {
            return compareEnvironments(classContext, owner, settings, String.join(",", references), projectDir);
        }
        ParitySettings.Configs config;
        try {
            config = settings.toConfigs(owner, projectDir, classLoader(testClass),
                    projectDir.resolve(settings.reportDir()).resolve(testClass.getName()));
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(e.getMessage(), e);
        }
        TestLog log = new TestLog();
        SharedCandidate shared = classContext.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(
                config.candidate(), key -> new SharedCandidate(config.candidate(), log), SharedCandidate.class);
        LiveCandidate candidate = shared.get();
        SchemaParityResult result = new SchemaParityResult(candidate.compare(config.judging()), projectDir);
        classContext.publishReportEntry(Map.of(VERDICT_ENTRY, result.verdict().name(),
                REPORT_ENTRY, result.reportFile().toString()));
        return new ClassState(result, candidate);
    }

    /** Several environments: one engine check over all of them, the class failing when any fails. */
    private ClassState compareEnvironments(ExtensionContext classContext, String owner, ParitySettings settings,
            String references, Path projectDir) {
        Class<?> testClass = classContext.getRequiredTestClass();
        List<Environment> environments;
        ParitySettings.Configs config;
        try {
            environments = Environment.parseList(references);
            config = settings.withReference(Environment.parseNames(references).values().iterator().next())
                    .toConfigs(owner, projectDir, classLoader(testClass),
                            projectDir.resolve(settings.reportDir()).resolve(testClass.getName()));
        } catch (IllegalArgumentException | SchemaParityException e) {
            throw new ExtensionConfigurationException(owner + ": " + e.getMessage(), e);
        }
        EnvironmentsResult result = new ParityEngine(new TestLog()).check(config.candidate(), config.judging(),
                environments);
        classContext.publishReportEntry(Map.of(VERDICT_ENTRY, result.passed() ? "PASS" : "FAIL",
                REPORT_ENTRY, result.reportFile().toString()));
        return new ClassState(null, null, result.failureMessage());
    }

    /** The nearest context of a test class that is not a method's. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    /** The annotation on the class, a superclass, a composed annotation, or an enclosing class (for @Nested). */
    private static ParitySettings settings(Class<?> testClass) {
        return annotation(testClass).map(ParitySettings::of).orElse(ParitySettings.defaults());
    }

    private static Optional<SchemaParity> annotation(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            Optional<SchemaParity> annotation = AnnotationSupport.findAnnotation(type, SchemaParity.class);
            if (annotation.isPresent()) {
                return annotation;
            }
        }
        return Optional.empty();
    }

    private static ClassLoader classLoader(Class<?> testClass) {
        ClassLoader loader = testClass.getClassLoader();
        return loader != null ? loader : ClassLoader.getSystemClassLoader();
    }
}
