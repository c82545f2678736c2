package org.avengine.watchfolder;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Watch-folder rules with the files they took most recently, as the dashboard shows them: a customer's
 * own rules, or (customer null) every rule.
 */
@Component
public class WatchRuleList {

    private final WatchRules rules;
    private final JdbcClient jdbc;

    WatchRuleList(WatchRules rules, JdbcClient jdbc) {
        this.rules = rules;
        this.jdbc = jdbc;
    }

    /** One rule: what it watches, how it names entities, and what it does with each file. */
    public record Rule(String name, String prefix, String pattern, Integer customer, String action,
            boolean fromConfiguration, List<File> files) {
    }

    /** One version of one file the rule took, and where it got to. */
    public record File(String key, String entity, String state, String assetId, String jobId, Integer errorCode,
            String error, Instant created) {
    }

    public List<Rule> of(Integer customer, int filesEach) {
        return rules.all().stream()
                .filter(rule -> customer == null || Objects.equals(rule.customer(), customer))
                .map(rule -> new Rule(rule.name(), rule.prefix().toString(), rule.pattern().text(), rule.customer(),
                        action(rule), rule.fromConfiguration(), files(rule.name(), filesEach)))
                .toList();
    }

    private static String action(WatchRule rule) {
        RuleBody body = rule.body();
        return switch (rule.kind()) {
            case ASSET -> "asset in space " + body.space() + " with policy " + body.policy();
            case TEMPLATE -> "job from template " + body.jobTemplate();
            case JOB_FILE -> "job file";
        };
    }

    private List<File> files(String rule, int limit) {
        return jdbc.sql("""
                SELECT object_key, entity, state, asset_id, job_id, error_code, error, created_at FROM watch_items
                WHERE rule_name = :rule ORDER BY created_at DESC, id LIMIT :limit""")
                .param("rule", rule).param("limit", limit)
                .query((rs, n) -> new File(rs.getString("object_key"), rs.getString("entity"), rs.getString("state"),
                        rs.getString("asset_id"), rs.getString("job_id"), rs.getObject("error_code", Integer.class),
                        rs.getString("error"), Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list();
    }
}
