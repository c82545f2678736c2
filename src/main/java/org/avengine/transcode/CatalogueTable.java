package org.avengine.transcode;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table of named documents (custom presets, job templates), each kept as its wire JSON with the
 * name, category and creation time beside it for lookups and listings.
 */
final class CatalogueTable {

    private final JdbcClient jdbc;
    private final String table;

    CatalogueTable(JdbcClient jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /** Stores a new document; false when one with this name exists. */
    boolean insert(String name, String category, String body, Instant createdAt) {
        try {
            jdbc.sql("INSERT INTO " + table + " (name, category, body, created_at) VALUES (:name, :category, :body, :createdAt)")
                    .param("name", name).param("category", category).param("body", body)
                    .param("createdAt", createdAt.toEpochMilli())
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    boolean update(String name, String category, String body) {
        return jdbc.sql("UPDATE " + table + " SET category = :category, body = :body WHERE name = :name")
                .param("name", name).param("category", category).param("body", body).update() == 1;
    }

    Optional<String> find(String name) {
        return jdbc.sql("SELECT body FROM " + table + " WHERE name = :name").param("name", name)
                .query(String.class).optional();
    }

    /** Every document, oldest first. */
    List<String> all() {
        return jdbc.sql("SELECT body FROM " + table + " ORDER BY created_at, name").query(String.class).list();
    }

    boolean delete(String name) {
        return jdbc.sql("DELETE FROM " + table + " WHERE name = :name").param("name", name).update() == 1;
    }
}
