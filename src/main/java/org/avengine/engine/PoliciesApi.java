package org.avengine.engine;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A customer's {@code iiif-av} delivery-channel policies: the shared ones and its own, which it may add or change. */
@RestController
class PoliciesApi {

    private final Policies policies;
    private final Presets presets;
    private final Customers customers;

    PoliciesApi(Policies policies, Presets presets, Customers customers) {
        this.policies = policies;
        this.presets = presets;
        this.customers = customers;
    }

    @GetMapping("/customers/{customer}/deliveryChannelPolicies/iiif-av")
    CustomersApi.Members<Policy> list(@PathVariable int customer) {
        customers.get(customer);
        return new CustomersApi.Members<>(policies.visibleTo(customer));
    }

    @GetMapping("/customers/{customer}/deliveryChannelPolicies/iiif-av/{name}")
    Policy get(@PathVariable int customer, @PathVariable String name) {
        return policies.find(customer, name).orElseThrow(() -> new NotFoundException("No iiif-av policy '" + name + "'"));
    }

    /** Creates or replaces the customer's own policy; every preset name must be one the engine accepts. */
    @PutMapping("/customers/{customer}/deliveryChannelPolicies/iiif-av/{name}")
    Policy put(@PathVariable int customer, @PathVariable String name, @RequestBody PolicyBody body) {
        customers.get(customer);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new InvalidRequestException("name: '" + name + "' is not a valid policy name");
        }
        if (body.presets() == null || body.presets().isEmpty()) {
            throw new InvalidRequestException("presets: a policy needs at least one preset name");
        }
        body.presets().stream().filter(p -> presets.find(p).isEmpty()).findFirst().ifPresent(p -> {
            throw new InvalidRequestException("presets: '" + p + "' is not a preset name; see /av/allowed");
        });
        Policy policy = new Policy(customer, name, body.presets());
        policies.save(policy);
        return policy;
    }

    record PolicyBody(List<String> presets) {
    }
}
