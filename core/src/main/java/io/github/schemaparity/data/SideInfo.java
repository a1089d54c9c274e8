package io.github.schemaparity.data;

/**
 * What a side is, for reports (never a URL with a password).
 *
 * @param source  {@code jdbc}
 * @param engine  {@code postgresql}, {@code mysql} or {@code mariadb}
 * @param version the server version, e.g. {@code 17.6}
 */
public record SideInfo(String source, String engine, String version) {
}
