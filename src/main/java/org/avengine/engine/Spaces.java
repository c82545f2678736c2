package org.avengine.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Spaces in the database; a space is only ever found through its customer. */
@Repository
class Spaces {

    private static final RowMapper<Space> ROW = (rs, n) -> new Space(rs.getInt("id"), rs.getInt("customer_id"),
            rs.getString("name"), Instant.ofEpochMilli(rs.getLong("created_at")), rs.getBoolean("is_private"));

    private final JdbcClient jdbc;

    Spaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Space create(int customer, String name, boolean isPrivate) {
        checkNameFree(customer, name, -1);
        Instant now = Instant.ofEpochMilli(Clock.systemUTC().millis());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO engine_spaces (customer_id, name, created_at, is_private) VALUES (:c, :name, :now, :private)")
                .param("c", customer).param("name", name).param("now", now.toEpochMilli()).param("private", isPrivate)
                .update(keys, "id");
        return new Space(keys.getKey().intValue(), customer, name, now, isPrivate);
    }

    /** Renames the space and sets whether it is private; returns it as it is now. */
    Space update(int customer, int space, String name, boolean isPrivate) {
        get(customer, space);
        checkNameFree(customer, name, space);
        jdbc.sql("UPDATE engine_spaces SET name = :name, is_private = :private WHERE customer_id = :c AND id = :s")
                .param("name", name).param("private", isPrivate).param("c", customer).param("s", space).update();
        return get(customer, space);
    }

    Space get(int customer, int space) {
        return find(customer, space).orElseThrow(() -> new NotFoundException("Customer " + customer + " has no space " + space));
    }

    Optional<Space> find(int customer, int space) {
        return jdbc.sql("SELECT * FROM engine_spaces WHERE customer_id = :c AND id = :s")
                .param("c", customer).param("s", space).query(ROW).optional();
    }

    private void checkNameFree(int customer, String name, int except) {
        if (jdbc.sql("SELECT COUNT(*) FROM engine_spaces WHERE customer_id = :c AND name = :name AND id <> :except")
                .param("c", customer).param("name", name).param("except", except).query(Integer.class).single() > 0) {
            throw new ConflictException("Customer " + customer + " has a space named '" + name + "' already");
        }
    }

    List<Space> of(int customer) {
        return jdbc.sql("SELECT * FROM engine_spaces WHERE customer_id = :c ORDER BY id").param("c", customer).query(ROW).list();
    }
}
