package org.avengine.engine;

/**
 * Someone signed in with the admin credential or a customer's API key, for modules that show the
 * engine's data to people (the dashboard).
 *
 * @param customerId the customer whose key was used; null for the administrator
 */
public record EngineUser(Integer customerId) {

    public static final EngineUser ADMIN = new EngineUser(null);

    public boolean isAdmin() {
        return customerId == null;
    }

    /** Whether this user may see and act on customer {@code customer}'s data. */
    public boolean mayActFor(int customer) {
        return isAdmin() || customerId == customer;
    }

    /** The prefix of the {@code dlcsId} of the jobs this user may see; null for all. */
    public String dlcsIdPrefix() {
        return isAdmin() ? null : customerId + "/";
    }
}
