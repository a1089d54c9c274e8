package io.github.schemaparity.provision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds zonky binaries jars without a resolver, in this order: the given folders (jars named
 * {@code <artifactId>-<version>.jar}), jars on the classpath, then the local Maven repository
 * ({@code <repo>/io/zonky/test/postgres/<artifactId>/<major>.*}). The highest patch release of the
 * major wins within each place. The classpath comes before the repository: binaries a project put on
 * its test classpath are the ones it asked for, whatever newer patch release another build left in
 * the local repository.
 */
public final class LocalPostgresBinaries implements PostgresBinaries {
    /** System property naming extra folders (separated by the path separator) to look in first. */
    public static final String FOLDERS_PROPERTY = "schemaparity.pgBinaries";
    private static final Pattern VERSION = Pattern.compile("(\\d+(?:\\.\\d+)*)");

    private final List<Path> folders;
    private final Path mavenRepository;
    private final ClassLoader classLoader;
    private final String artifactId;

    /**
     * @param folders folders holding binaries jars, looked in first
     * @param mavenRepository the local Maven repository, or {@code null} to skip it
     * @param classLoader the loader whose classpath is searched, or {@code null} to skip it
     */
    public LocalPostgresBinaries(List<Path> folders, Path mavenRepository, ClassLoader classLoader) {
        this(folders, mavenRepository, classLoader, PostgresBinaries.artifactId());
    }

    LocalPostgresBinaries(List<Path> folders, Path mavenRepository, ClassLoader classLoader, String artifactId) {
        this.folders = List.copyOf(folders);
        this.mavenRepository = mavenRepository;
        this.classLoader = classLoader;
        this.artifactId = artifactId;
    }

    /**
     * The folders in {@value #FOLDERS_PROPERTY}, the local repository ({@code maven.repo.local} or
     * {@code ~/.m2/repository}) and this class's classpath.
     */
    public static LocalPostgresBinaries defaults() {
        List<Path> folders = new ArrayList<>();
        String property = System.getProperty(FOLDERS_PROPERTY);
        if (property != null && !property.isBlank()) {
            Arrays.stream(property.split(java.io.File.pathSeparator))
                    .filter(s -> !s.isBlank())
                    .map(Paths::get)
                    .forEach(folders::add);
        }
        String repo = System.getProperty("maven.repo.local");
        Path repository = repo != null && !repo.isBlank()
                ? Paths.get(repo)
                : Paths.get(System.getProperty("user.home"), ".m2", "repository");
        return new LocalPostgresBinaries(folders, repository, LocalPostgresBinaries.class.getClassLoader());
    }

    @Override
    public Optional<Path> jarFor(String major) {
        for (Path folder : folders) {
            Optional<Path> found = highest(jarsIn(folder), major);
            if (found.isPresent()) {
                return found;
            }
        }
        if (classLoader != null) {
            Optional<Path> found = highest(classpathJars(), major);
            if (found.isPresent()) {
                return found;
            }
        }
        if (mavenRepository != null) {
            Path artifactFolder = mavenRepository.resolve(GROUP_ID.replace('.', '/')).resolve(artifactId);
            List<Path> jars = new ArrayList<>();
            for (Path versionFolder : list(artifactFolder)) {
                String version = versionFolder.getFileName().toString();
                Path jar = versionFolder.resolve(artifactId + "-" + version + ".jar");
                if (Files.isRegularFile(jar)) {
                    jars.add(jar);
                }
            }
            Optional<Path> found = highest(jars, major);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private List<Path> jarsIn(Path folder) {
        return list(folder).stream()
                .filter(p -> p.getFileName().toString().startsWith(artifactId + "-"))
                .filter(p -> p.getFileName().toString().endsWith(".jar"))
                .toList();
    }

    /** The jar of the major with the highest version, by the version in its file name. */
    private Optional<Path> highest(List<Path> jars, String major) {
        return jars.stream()
                .filter(jar -> versionOf(jar).map(v -> v.startsWith(major + ".")).orElse(false))
                .max(Comparator.comparing(jar -> versionOf(jar).orElseThrow(), LocalPostgresBinaries::compareVersions));
    }

    private Optional<String> versionOf(Path jar) {
        String name = jar.getFileName().toString();
        String prefix = artifactId + "-";
        if (name.startsWith(prefix) && name.endsWith(".jar")) {
            Matcher m = VERSION.matcher(name.substring(prefix.length(), name.length() - ".jar".length()));
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return pomVersion(jar);
    }

    /** The version a jar's embedded pom.properties states, for jars renamed on the classpath. */
    private Optional<String> pomVersion(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry("META-INF/maven/" + GROUP_ID + "/" + artifactId + "/pom.properties");
            if (entry == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            try (InputStream in = zip.getInputStream(entry)) {
                properties.load(in);
            }
            return Optional.ofNullable(properties.getProperty("version"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Jars on the classpath holding a PostgreSQL .txz archive. */
    private List<Path> classpathJars() {
        List<Path> jars = new ArrayList<>();
        try {
            String archive = archiveName();
            for (URL url : Collections.list(classLoader.getResources(archive))) {
                if ("jar".equals(url.getProtocol())) {
                    String file = url.getPath(); // file:/path/x.jar!/postgres-linux-x86_64.txz
                    int bang = file.indexOf("!/");
                    if (bang > 0) {
                        jars.add(Paths.get(new URL(file.substring(0, bang)).toURI()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return jars;
    }

    /** The archive zonky asks for on this machine, e.g. {@code postgres-linux-x86_64.txz}. */
    static String archiveName() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        String system = os.contains("win") ? "windows" : os.contains("mac") ? "darwin" : "linux";
        return "postgres-" + system + "-" + ("amd64".equals(arch) ? "x86_64" : arch).toLowerCase(java.util.Locale.ROOT) + ".txz";
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int left = i < x.length ? Integer.parseInt(x[i]) : 0;
            int right = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (left != right) {
                return Integer.compare(left, right);
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return "local PostgreSQL binaries (folders " + folders + ", repository " + mavenRepository + ", classpath)";
    }
}
