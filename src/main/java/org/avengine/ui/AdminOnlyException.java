package org.avengine.ui;

/** A customer asked for something only the administrator may do. */
class AdminOnlyException extends RuntimeException {

    AdminOnlyException() {
        super("Only the administrator may do this; sign in with the admin credential");
    }

    static void check(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new AdminOnlyException();
        }
    }
}
