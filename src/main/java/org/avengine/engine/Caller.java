package org.avengine.engine;

/**
 * Who made an authenticated engine request: the administrator, or a customer through one of its keys.
 *
 * @param customerId the customer whose key was used; null for the administrator
 */
record Caller(Integer customerId) {

    static final String ATTRIBUTE = Caller.class.getName();
    static final Caller ADMIN = new Caller(null);

    boolean isAdmin() {
        return customerId == null;
    }

    boolean mayActFor(int customer) {
        return isAdmin() || customerId == customer;
    }
}
