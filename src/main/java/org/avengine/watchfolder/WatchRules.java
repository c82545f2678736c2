package org.avengine.watchfolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.avengine.engine.EngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * The rules in force: those of {@code avengine.watchfolder.rules} (checked at start-up: a malformed
 * one stops the application, naming it) and those saved through the API in the database.
 */
@Repository
class WatchRules {

    private static final Logger log = LoggerFactory.getLogger(WatchRules.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RuleChecks checks;
    private final List<WatchRule> configured;

    WatchRules(JdbcClient jdbc, JsonMapper json, RuleChecks checks, WatchFolderProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.checks = checks;
        this.configured = configured(properties.rules());
    }

    /** Every rule: configured ones first, then saved ones by name. */
    List<WatchRule> all() {
        List<WatchRule> rules = new ArrayList<>(configured);
        for (String body : jdbc.sql("SELECT body FROM watch_rules ORDER BY name").query(String.class).list()) {
            rules.add(checks.check(json.readValue(body, RuleBody.class), false));
        }
        return rules;
    }

    Optional<WatchRule> find(String name) {
        return all().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** Saves a checked rule, new or replacing a saved one of its name; true when it is new. */
    boolean save(WatchRule rule) {
        Optional<WatchRule> existing = find(rule.name());
        if (existing.filter(WatchRule::fromConfiguration).isPresent()) {
            throw configuredRule(rule.name());
        }
        String body = json.writeValueAsString(rule.body());
        if (existing.isPresent()) {
            jdbc.sql("UPDATE watch_rules SET body = :body, customer_id = :c WHERE name = :name")
                    .param("body", body).param("c", rule.customer()).param("name", rule.name()).update();
            return false;
        }
        jdbc.sql("INSERT INTO watch_rules (name, customer_id, body, created_at) VALUES (:name, :c, :body, :now)")
                .param("name", rule.name()).param("c", rule.customer()).param("body", body)
                .param("now", System.currentTimeMillis()).update();
        return true;
    }

    boolean delete(String name) {
        if (configured.stream().anyMatch(r -> r.name().equals(name))) {
            throw configuredRule(name);
        }
        return jdbc.sql("DELETE FROM watch_rules WHERE name = :name").param("name", name).update() == 1;
    }

    private List<WatchRule> configured(List<RuleBody> bodies) {
        List<WatchRule> rules = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            try {
                rules.add(checks.check(bodies.get(i), true));
            } catch (EngineException e) {
                throw new IllegalStateException("avengine.watchfolder.rules[" + i + "]." + e.getMessage(), e);
            }
        }
        log.info("Watch folder: {} rules from configuration", rules.size());
        return List.copyOf(rules);
    }

    private static EngineException configuredRule(String name) {
        return new EngineException(HttpStatus.CONFLICT, "Rule '" + name + "' is kept in configuration (avengine.watchfolder.rules)"
                + " and cannot be changed through the API");
    }
}
