package io.github.schemaparity.junit;

/**
 * Reads values a user keeps out of code (replica URLs, credentials): a system property of the given
 * name, else an environment variable of that name.
 */
final class Variables {
    private final String owner;

    Variables(String owner) {
        this.owner = owner;
    }

    /** The value, or {@code null} when neither a system property nor an environment variable is set. */
    static String lookup(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The value of a variable the user named in {@code attribute}.
     *
     * @throws IllegalArgumentException naming the attribute and the variable when it is not set
     */
    String required(String attribute, String name) {
        String value = lookup(name);
        if (value == null) {
            throw new IllegalArgumentException(owner + ": " + attribute + " names " + name
                    + ", but neither a system property nor an environment variable " + name + " is set");
        }
        return value;
    }

    /** The value of the variable named in {@code attribute}, else of {@code fallback} when set, else {@code null}. */
    String optional(String attribute, String name, String fallback) {
        if (name != null && !name.isEmpty()) {
            return required(attribute, name);
        }
        return lookup(fallback);
    }
}
