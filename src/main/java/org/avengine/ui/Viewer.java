package org.avengine.ui;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.avengine.engine.EngineUser;

/**
 * Who is signed in to this browser session, and the session's token that every form and
 * state-changing request must carry (against cross-site requests).
 */
record Viewer(Integer customerId, String csrfToken) implements Serializable {

    static final String SESSION_KEY = "avengine.ui.viewer";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "_csrf";

    static Viewer of(EngineUser user) {
        byte[] token = new byte[24];
        new SecureRandom().nextBytes(token);
        return new Viewer(user.customerId(), HexFormat.of().formatHex(token));
    }

    EngineUser user() {
        return new EngineUser(customerId);
    }

    public boolean isAdmin() {
        return customerId == null;
    }

    public String name() {
        return isAdmin() ? "administrator" : "customer " + customerId;
    }
}
