package org.avengine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A schema of its own on the PostgreSQL the project's machines run on 127.0.0.1:5432 (override with
 * {@code -Davengine.test.postgres-url} and {@code -Davengine.test.postgres-user}), for tests that run
 * avengine on PostgreSQL; dropped afterwards, and the test skipped, saying why, where none answers.
 */
public final class PostgresSchema {

    static final String URL = System.getProperty("avengine.test.postgres-url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getProperty("avengine.test.postgres-user", "postgres");

    private final String schema;

    public PostgresSchema(String prefix) {
        this.schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Points the application's datasource and Flyway at this schema. */
    public void register(DynamicPropertyRegistry registry) {
        springProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The datasource and Flyway properties of this schema, for applications started by hand. */
    public Map<String, String> springProperties() {
        return Map.of("spring.datasource.url", URL + "?currentSchema=" + schema, "spring.datasource.username", USER,
                "spring.datasource.password", "", "spring.flyway.schemas", schema);
    }

    /** Skips the calling test class when no PostgreSQL answers. */
    public void assumeReachable(String test) {
        Assumptions.assumeTrue(reachable(), "PostgreSQL is not reachable at " + URL + " as " + USER + "; skipping " + test);
    }

    public void drop() throws SQLException {
        if (reachable()) {
            try (Connection connection = DriverManager.getConnection(URL, USER, "")) {
                connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static boolean reachable() {
        try (Connection connection = DriverManager.getConnection(URL, USER, "")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
