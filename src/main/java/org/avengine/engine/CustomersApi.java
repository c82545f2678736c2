package org.avengine.engine;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Customers and their keys: {@code /customers}, {@code /customers/{c}/keys}; spaces are in {@link SpacesApi}. */
@RestController
class CustomersApi {

    private final Customers customers;
    private final ApiKeys keys;

    CustomersApi(Customers customers, ApiKeys keys) {
        this.customers = customers;
        this.keys = keys;
    }

    @PostMapping("/customers")
    @ResponseStatus(HttpStatus.CREATED)
    Customer createCustomer(@RequestBody NameBody body) {
        return customers.create(body.checkedName("customer"));
    }

    @GetMapping("/customers")
    Members<Customer> listCustomers() {
        return new Members<>(customers.all());
    }

    @GetMapping("/customers/{customer}")
    Customer getCustomer(@PathVariable int customer) {
        return customers.get(customer);
    }

    @PostMapping("/customers/{customer}/keys")
    @ResponseStatus(HttpStatus.CREATED)
    ApiKeys.NewKey createKey(@PathVariable int customer) {
        customers.get(customer);
        return keys.create(customer);
    }

    @GetMapping("/customers/{customer}/keys")
    Members<Map<String, String>> listKeys(@PathVariable int customer) {
        customers.get(customer);
        return new Members<>(keys.of(customer).stream().map(key -> Map.of("key", key)).toList());
    }

    /** The body of a create request for a named thing. */
    record NameBody(String name) {

        String checkedName(String what) {
            if (name == null || name.isBlank() || name.length() > 200) {
                throw new InvalidRequestException("name: a " + what + " needs a name of 1 to 200 characters");
            }
            return name.strip();
        }
    }

    /** A collection, in the Hydra-like shape DLCS lists use. */
    record Members<T>(List<T> member, int totalItems) {

        Members(List<T> member) {
            this(member, member.size());
        }
    }
}
