package org.avengine.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Spaces in the database; a space is only ever found through its customer. */
@Repository
class Spaces {

    private static final RowMapper<Space> ROW = (rs, n) -> new Space(rs.getInt("id"), rs.getInt("customer_id"),
            rs.getString("name"), Instant.ofEpochMilli(rs.getLong("created_at")));

    private final JdbcClient jdbc;

    Spaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Space create(int customer, String name) {
        if (jdbc.sql("SELECT COUNT(*) FROM engine_spaces WHERE customer_id = :c AND name = :name")
                .param("c", customer).param("name", name).query(Integer.class).single() > 0) {
            throw new ConflictException("Customer " + customer + " has a space named '" + name + "' already");
        }
        Instant now = Instant.ofEpochMilli(Clock.systemUTC().millis());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO engine_spaces (customer_id, name, created_at) VALUES (:c, :name, :now)")
                .param("c", customer).param("name", name).param("now", now.toEpochMilli()).update(keys, "id");
        return new Space(keys.getKey().intValue(), customer, name, now);
    }

    Space get(int customer, int space) {
        return jdbc.sql("SELECT * FROM engine_spaces WHERE customer_id = :c AND id = :s")
                .param("c", customer).param("s", space).query(ROW).optional()
                .orElseThrow(() -> new NotFoundException("Customer " + customer + " has no space " + space));
    }

    List<Space> of(int customer) {
        return jdbc.sql("SELECT * FROM engine_spaces WHERE customer_id = :c ORDER BY id").param("c", customer).query(ROW).list();
    }
}
