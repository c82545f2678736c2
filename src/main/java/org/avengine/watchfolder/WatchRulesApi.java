package org.avengine.watchfolder;

import java.util.List;

import org.avengine.engine.InvalidRequestException;
import org.avengine.engine.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Watch rules: {@code /customers/{c}/watchRules} for a customer's asset rules, {@code /admin/watchRules}
 * for every rule, transcode-only ones included (the transcoder has no customers). {@code POST} creates,
 * {@code PUT .../{name}} creates or replaces, {@code GET}, {@code DELETE}. Rules from configuration are
 * listed and cannot be changed (409).
 */
@RestController
class WatchRulesApi {


    private final WatchRules rules;
    private final RuleChecks checks;

    WatchRulesApi(WatchRules rules, RuleChecks checks) {
        this.rules = rules;
        this.checks = checks;
    }

    @GetMapping({"/customers/{customer}/watchRules", "/admin/watchRules"})
    Members list(@PathVariable(required = false) Integer customer) {
        return new Members(rules.all().stream().filter(r -> customer == null || customer.equals(r.customer()))
                .map(WatchRulesApi::view).toList());
    }

    @PostMapping({"/customers/{customer}/watchRules", "/admin/watchRules"})
    ResponseEntity<RuleView> create(@PathVariable(required = false) Integer customer, @RequestBody RuleBody body) {
        if (body.name() != null && rules.find(body.name()).isPresent()) {
            throw new org.avengine.engine.EngineException(HttpStatus.CONFLICT, "name: a rule named '" + body.name() + "' exists already");
        }
        WatchRule rule = checks.checkForSaving(owned(body, body.name(), customer));
        rules.save(rule);
        return ResponseEntity.status(HttpStatus.CREATED).body(view(rule));
    }

    @PutMapping({"/customers/{customer}/watchRules/{name}", "/admin/watchRules/{name}"})
    ResponseEntity<RuleView> put(@PathVariable(required = false) Integer customer, @PathVariable String name,
            @RequestBody RuleBody body) {
        find(customer, name, true);
        WatchRule rule = checks.checkForSaving(owned(body, name, customer));
        boolean created = rules.save(rule);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(view(rule));
    }

    @GetMapping({"/customers/{customer}/watchRules/{name}", "/admin/watchRules/{name}"})
    RuleView get(@PathVariable(required = false) Integer customer, @PathVariable String name) {
        return view(find(customer, name, false));
    }

    @DeleteMapping({"/customers/{customer}/watchRules/{name}", "/admin/watchRules/{name}"})
    ResponseEntity<Void> delete(@PathVariable(required = false) Integer customer, @PathVariable String name) {
        find(customer, name, false);
        rules.delete(name);
        return ResponseEntity.noContent().build();
    }

    /** The body as the caller may save it: a customer's rules are its own. */
    private static RuleBody owned(RuleBody body, String name, Integer customer) {
        if (customer != null && body.customer() != null && !customer.equals(body.customer())) {
            throw new InvalidRequestException("customer: a rule under /customers/" + customer + " belongs to customer " + customer);
        }
        return body.named(name, customer != null ? customer : body.customer());
    }

    /** The named rule if the caller may see it; a rule of another customer is not found. With {@code absentOk}, null when missing. */
    private WatchRule find(Integer customer, String name, boolean absentOk) {
        var rule = rules.find(name);
        if (rule.isPresent() && customer != null && !customer.equals(rule.get().customer())) {
            throw new NotFoundException("Customer " + customer + " has no watch rule " + name);
        }
        if (rule.isEmpty() && !absentOk) {
            throw new NotFoundException("No watch rule " + name);
        }
        return rule.orElse(null);
    }

    private static RuleView view(WatchRule rule) {
        RuleBody b = rule.body();
        return new RuleView(rule.name(), b.prefix(), rule.pattern().text(), rule.customer(), b.space(), b.policy(), b.mediaType(),
                b.jobTemplate(), b.jobFiles(), rule.kind().name(), rule.fromConfiguration() ? "configuration" : "api");
    }

    /** A rule as the API shows it, with its kind and where it is kept. */
    record RuleView(String name, String prefix, String pattern, Integer customer, Integer space, String policy,
            String mediaType, String jobTemplate, Boolean jobFiles, String kind, String source) {
    }

    /** A list of rules. */
    record Members(List<RuleView> member) {
    }
}
