package org.avengine.engine;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Customers' origin strategies in the database, and the credentials ingest sends for an origin. */
@Repository
class OriginStrategies {

    private static final RowMapper<OriginStrategy> ROW = (rs, n) -> new OriginStrategy(rs.getInt("id"),
            rs.getInt("customer_id"), rs.getString("regex"), rs.getString("strategy"), rs.getString("username"),
            rs.getString("password"), rs.getInt("sort_order"));

    private final JdbcClient jdbc;

    OriginStrategies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    OriginStrategy create(int customer, String regex, String user, String password, int order) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO engine_origin_strategies (customer_id, regex, strategy, username, password, sort_order, created_at)
                VALUES (:c, :regex, :strategy, :user, :password, :order, :now)""")
                .param("c", customer).param("regex", regex).param("strategy", OriginStrategy.BASIC).param("user", user)
                .param("password", password).param("order", order).param("now", Clock.systemUTC().millis())
                .update(keys, "id");
        return new OriginStrategy(keys.getKey().intValue(), customer, regex, OriginStrategy.BASIC, user, password, order);
    }

    List<OriginStrategy> of(int customer) {
        return jdbc.sql("SELECT * FROM engine_origin_strategies WHERE customer_id = :c ORDER BY sort_order, id")
                .param("c", customer).query(ROW).list();
    }

    Optional<OriginStrategy> find(int customer, int id) {
        return jdbc.sql("SELECT * FROM engine_origin_strategies WHERE customer_id = :c AND id = :id")
                .param("c", customer).param("id", id).query(ROW).optional();
    }

    boolean delete(int customer, int id) {
        return jdbc.sql("DELETE FROM engine_origin_strategies WHERE customer_id = :c AND id = :id")
                .param("c", customer).param("id", id).update() == 1;
    }

    /** The headers to fetch {@code origin} with for this customer: its first matching strategy's, else none. */
    Map<String, String> httpHeaders(int customer, String origin) {
        return of(customer).stream().filter(s -> s.matches(origin)).findFirst()
                .map(OriginStrategy::httpHeaders).orElse(Map.of());
    }
}
