package org.avengine.engine;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DLCS's customer origin strategies: {@code POST/GET /customers/{c}/originStrategies},
 * {@code GET/DELETE .../{id}}. Credentials go in ({@code {"user", "password"}}, as an object or as
 * the JSON string DLCS takes) and never come out: every answer shows them as {@code xxx}.
 */
@RestController
class OriginStrategiesApi {

    private static final String STRATEGIES = "/customers/{customer}/originStrategies";

    private final OriginStrategies strategies;
    private final Customers customers;
    private final JsonMapper json;

    OriginStrategiesApi(OriginStrategies strategies, Customers customers, JsonMapper json) {
        this.strategies = strategies;
        this.customers = customers;
        this.json = json;
    }

    @PostMapping(STRATEGIES)
    @ResponseStatus(HttpStatus.CREATED)
    OriginStrategy.View create(@PathVariable int customer, @RequestBody StrategyBody body) {
        customers.get(customer);
        checkRegex(body.regex());
        if (!OriginStrategy.BASIC.equals(body.strategy())) {
            throw new InvalidRequestException("strategy: '" + body.strategy() + "' is not supported; use " + OriginStrategy.BASIC);
        }
        JsonNode credentials = credentials(body.credentials());
        return strategies.create(customer, body.regex(), credentials.get("user").asString(),
                credentials.get("password").asString(), body.order() == null ? 0 : body.order()).view();
    }

    @GetMapping(STRATEGIES)
    CustomersApi.Members<OriginStrategy.View> list(@PathVariable int customer) {
        customers.get(customer);
        return new CustomersApi.Members<>(strategies.of(customer).stream().map(OriginStrategy::view).toList());
    }

    @GetMapping(STRATEGIES + "/{id}")
    OriginStrategy.View get(@PathVariable int customer, @PathVariable int id) {
        return strategies.find(customer, id).map(OriginStrategy::view)
                .orElseThrow(() -> new NotFoundException("Customer " + customer + " has no origin strategy " + id));
    }

    @DeleteMapping(STRATEGIES + "/{id}")
    ResponseEntity<Void> delete(@PathVariable int customer, @PathVariable int id) {
        if (!strategies.delete(customer, id)) {
            throw new NotFoundException("Customer " + customer + " has no origin strategy " + id);
        }
        return ResponseEntity.noContent().build();
    }

    private static void checkRegex(String regex) {
        if (regex == null || regex.isBlank() || regex.length() > 1000) {
            throw new InvalidRequestException("regex: an origin strategy needs a regex of 1 to 1000 characters");
        }
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new InvalidRequestException("regex: not a valid regular expression: " + e.getDescription());
        }
    }

    private JsonNode credentials(JsonNode given) {
        JsonNode credentials = given != null && given.isString() ? readOrNull(given.asString()) : given;
        if (credentials == null || !credentials.path("user").isString() || !credentials.path("password").isString()) {
            throw new InvalidRequestException("credentials: give {\"user\": ..., \"password\": ...}, as an object or a JSON string");
        }
        return credentials;
    }

    private JsonNode readOrNull(String text) {
        try {
            return json.readTree(text);
        } catch (tools.jackson.core.JacksonException e) {
            return null;
        }
    }

    /** The body of a create: DLCS's fields; {@code optimised} is accepted and means nothing here. */
    record StrategyBody(String regex, String strategy, JsonNode credentials, Integer order, Boolean optimised) {
    }
}
