package io.github.schemaparity.cache;

import io.github.schemaparity.ToolVersion;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.migrate.MigrationTool;
import io.github.schemaparity.provision.ProductionVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What identifies a candidate's captured catalog: a SHA-256 over everything that decides it. Two
 * checks with the same key would build the same candidate and capture the same catalog.
 *
 * @param hash the SHA-256, in hex
 */
public record CandidateKey(String hash) {
    /** Bump when the key's recipe or the cached content changes meaning. */
    private static final String RECIPE = "schemaparity-candidate-cache/1";
    private static final int PREFIX_LENGTH = 12;

    public CandidateKey {
        Objects.requireNonNull(hash, "hash");
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256 in hex: " + hash);
        }
    }

    /**
     * The key of a candidate.
     *
     * @param files         every migration file's path and digest
     * @param tool          the migration tool that applies them
     * @param production    the engine and major version the candidate runs
     * @param options       the capture options (schemas, privileges)
     * @param toolBuild     what identifies SchemaParity's own build: its version, plus for snapshot versions
     *                      something that changes with each build (see {@link #toolBuild()})
     * @param target        what decides how far the candidate is built beyond its files (e.g. production's
     *                      Flyway version), or {@code null} for every migration
     * @param schemaMapping how the candidate's schemas are renamed to the reference's, as text (e.g.
     *                      {@code <candidate>=app}); empty or {@code null} for none. The cached catalog holds the
     *                      renamed schemas, so another mapping is another entry.
     * @param settings      the candidate configuration's settings that feed the key as written, by name, in a
     *                      stable order (the engine derives them from its configuration record, e.g. the
     *                      container {@code image}, which can bring extensions)
     */
    public static CandidateKey of(List<MigrationFile> files, MigrationTool tool, ProductionVersion production,
            CaptureOptions options, String toolBuild, String target, String schemaMapping,
            Map<String, String> settings) {
        StringBuilder text = new StringBuilder(RECIPE).append('\n');
        if (target != null) {
            line(text, "target", target);
        }
        line(text, "tool", toolBuild);
        line(text, "migrations", tool.name());
        line(text, "engine", production.engine().id());
        line(text, "major", production.major());
        // where the image line always was: keys of today's configurations stay what earlier builds computed
        settings.forEach((name, value) -> line(text, name, value == null ? "" : value));
        line(text, "schemas", String.join(",", options.schemas()));
        line(text, "privileges", Boolean.toString(options.privileges()));
        if (schemaMapping != null && !schemaMapping.isEmpty()) {
            // only when set, so that keys of unmapped candidates stay what earlier builds computed
            line(text, "schemaMapping", schemaMapping);
        }
        files.stream().sorted().forEach(file -> line(text, file.path(), file.sha256()));
        return new CandidateKey(MigrationFiles.sha256(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * SchemaParity's version; for a {@code -SNAPSHOT} version also the size and time of the jar it runs
     * from, so a rebuilt snapshot of SchemaParity (whose capture may have changed) does not reuse
     * catalogs the previous build captured.
     */
    public static String toolBuild() {
        String version = ToolVersion.get();
        if (!version.endsWith("-SNAPSHOT") && !ToolVersion.UNKNOWN.equals(version)) {
            return version;
        }
        try {
            var location = CandidateKey.class.getProtectionDomain().getCodeSource().getLocation();
            var path = java.nio.file.Path.of(location.toURI());
            if (java.nio.file.Files.isRegularFile(path)) {
                return version + " " + java.nio.file.Files.size(path) + " "
                        + java.nio.file.Files.getLastModifiedTime(path).toMillis();
            }
        } catch (Exception e) {
            // no code source (unusual class loaders): the version alone
        }
        return version;
    }

    /** The first characters of the hash, for logs. */
    public String prefix() {
        return hash.substring(0, PREFIX_LENGTH);
    }

    private static void line(StringBuilder text, String name, String value) {
        // Names and values cannot hold a newline that would make two different inputs look alike.
        text.append(name.replace('\n', ' ')).append('\t').append(value.replace('\n', ' ')).append('\n');
    }
}
