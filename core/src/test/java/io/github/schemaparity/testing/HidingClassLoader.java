package io.github.schemaparity.testing;

import java.io.IOException;
import java.io.InputStream;

/**
 * A class loader that hides one library (what a user without it on the class path sees) and defines
 * the classes of one package of ours itself, so that their references to the hidden library resolve
 * through it rather than through the parent that has the library.
 */
public final class HidingClassLoader extends ClassLoader {
    private final String hidden;
    private final String ownPackage;

    /**
     * @param hidden     the hidden library's package prefix, e.g. {@code com.mysql.}
     * @param ownPackage the package prefix this loader defines itself, e.g. {@code io.github.schemaparity.jdbc.}
     * @param parent     where everything else comes from
     */
    public HidingClassLoader(String hidden, String ownPackage, ClassLoader parent) {
        super(parent);
        this.hidden = hidden;
        this.ownPackage = ownPackage;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(hidden)) {
            throw new ClassNotFoundException(name + " hidden by the test");
        }
        if (!name.startsWith(ownPackage)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    if (in == null) {
                        throw new ClassNotFoundException(name);
                    }
                    byte[] bytes = in.readAllBytes();
                    loaded = defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
            return loaded;
        }
    }
}
