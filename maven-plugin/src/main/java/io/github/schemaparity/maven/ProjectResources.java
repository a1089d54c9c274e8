package io.github.schemaparity.maven;

import io.github.schemaparity.SchemaParityException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;

/**
 * The project's resource folders as one class loader, for {@code classpath:} migration locations: the
 * files as edited, so a check needs no prior build. Its parent is the plugin's loader, where Flyway finds
 * its database support and the JDBC driver. Closed when the check ends.
 */
final class ProjectResources implements AutoCloseable {
    private final URLClassLoader loader;

    private ProjectResources(URLClassLoader loader) {
        this.loader = loader;
    }

    /** The existing folders among {@code resources}, resolved against the project folder {@code base}. */
    static ProjectResources of(List<Resource> resources, Path base, ClassLoader parent) {
        List<URL> urls = new ArrayList<>();
        for (Resource resource : resources) {
            Path folder = base.resolve(resource.getDirectory());
            if (Files.isDirectory(folder)) {
                try {
                    urls.add(folder.toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new SchemaParityException("Cannot read resource folder " + folder + ": " + e.getMessage(), e);
                }
            }
        }
        return new ProjectResources(new URLClassLoader("schemaparity-project-resources", urls.toArray(URL[]::new), parent));
    }

    ClassLoader loader() {
        return loader;
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            // only open jar handles are lost; the folders it reads hold none
        }
    }
}
