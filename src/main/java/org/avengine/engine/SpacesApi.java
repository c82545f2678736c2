package org.avengine.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's spaces: {@code POST/GET /customers/{c}/spaces}, {@code GET/PUT/PATCH .../spaces/{s}}.
 * {@code "private": true} keeps the space's assets from anonymous delivery.
 */
@RestController
class SpacesApi {

    private static final String SPACE = "/customers/{customer}/spaces/{space}";

    private final Customers customers;
    private final Spaces spaces;

    SpacesApi(Customers customers, Spaces spaces) {
        this.customers = customers;
        this.spaces = spaces;
    }

    @PostMapping("/customers/{customer}/spaces")
    @ResponseStatus(HttpStatus.CREATED)
    Space create(@PathVariable int customer, @RequestBody SpaceBody body) {
        customers.get(customer);
        return spaces.create(customer, new CustomersApi.NameBody(body.name()).checkedName("space"),
                Boolean.TRUE.equals(body.isPrivate()));
    }

    @GetMapping("/customers/{customer}/spaces")
    CustomersApi.Members<Space> list(@PathVariable int customer) {
        customers.get(customer);
        return new CustomersApi.Members<>(spaces.of(customer));
    }

    @GetMapping(SPACE)
    Space get(@PathVariable int customer, @PathVariable int space) {
        return spaces.get(customer, space);
    }

    /** Changes what the body gives (name, private) and keeps the rest; PUT and PATCH alike, as DLCS accepts both. */
    @RequestMapping(path = SPACE, method = {RequestMethod.PUT, RequestMethod.PATCH})
    Space update(@PathVariable int customer, @PathVariable int space, @RequestBody SpaceBody body) {
        Space current = spaces.get(customer, space);
        String name = body.name() == null ? current.name() : new CustomersApi.NameBody(body.name()).checkedName("space");
        boolean isPrivate = body.isPrivate() == null ? current.isPrivate() : body.isPrivate();
        return spaces.update(customer, space, name, isPrivate);
    }

    /** What a create or update of a space may say; absent members are left as they are. */
    record SpaceBody(String name, @JsonProperty("private") Boolean isPrivate) {
    }
}
