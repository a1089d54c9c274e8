package io.github.schemaparity.model;

import java.util.Map;
import java.util.SortedMap;

/**
 * A foreign server ({@code CREATE SERVER ... FOREIGN DATA WRAPPER ...}, PostgreSQL), database-wide. Its
 * user mappings are not part of it: they hold passwords, and are neither captured nor compared beyond being
 * listed by server and role in the ledger. An option whose name suggests a secret ({@code password},
 * {@code secret}, {@code token}, {@code key}) is left out too and listed in the ledger instead.
 *
 * @param name    server name
 * @param wrapper the foreign data wrapper's name, e.g. {@code postgres_fdw}
 * @param type    the server's {@code TYPE}, or {@code null}
 * @param version the server's {@code VERSION}, or {@code null}
 * @param options the server's options ({@code host}, {@code dbname}, ...), sorted by name
 * @param comment comment, or {@code null}
 */
public record ForeignServer(String name, String wrapper, String type, String version,
        SortedMap<String, String> options, String comment) implements Named {
    public ForeignServer {
        options = Canonical.map(options);
    }

    /** Attributes the diff compares: the options each as {@code option.<name>}. */
    public Map<String, String> attributes() {
        Attributes attributes = new Attributes().put("wrapper", wrapper).put("type", type).put("version", version);
        options.forEach((key, value) -> attributes.put("option." + key, value));
        return attributes.put("comment", comment).build();
    }

    /** Whether an option's name suggests it holds a secret, so that no capture reads its value. */
    public static boolean secretOption(String option) {
        String lower = option.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("password") || lower.contains("passwd") || lower.contains("secret")
                || lower.contains("token") || lower.contains("key");
    }
}
