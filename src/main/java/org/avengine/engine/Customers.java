package org.avengine.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Customers in the database. */
@Repository
class Customers {

    private static final RowMapper<Customer> ROW = (rs, n) ->
            new Customer(rs.getInt("id"), rs.getString("name"), Instant.ofEpochMilli(rs.getLong("created_at")));

    private final JdbcClient jdbc;

    Customers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Customer create(String name) {
        if (jdbc.sql("SELECT COUNT(*) FROM engine_customers WHERE name = :name").param("name", name).query(Integer.class).single() > 0) {
            throw new ConflictException("A customer named '" + name + "' exists already");
        }
        Instant now = Instant.ofEpochMilli(Clock.systemUTC().millis());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO engine_customers (name, created_at) VALUES (:name, :now)")
                .param("name", name).param("now", now.toEpochMilli()).update(keys, "id");
        return new Customer(keys.getKey().intValue(), name, now);
    }

    Optional<Customer> find(int id) {
        return jdbc.sql("SELECT * FROM engine_customers WHERE id = :id").param("id", id).query(ROW).optional();
    }

    Customer get(int id) {
        return find(id).orElseThrow(() -> new NotFoundException("No customer " + id));
    }

    List<Customer> all() {
        return jdbc.sql("SELECT * FROM engine_customers ORDER BY id").query(ROW).list();
    }
}
