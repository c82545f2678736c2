package org.avengine.engine;

import java.util.List;

/**
 * An {@code iiif-av} delivery-channel policy: a name and the friendly preset names it makes.
 *
 * @param customer the owning customer, 0 for the policies every customer may use
 */
record Policy(int customer, String name, List<String> presets) {

    static final String CHANNEL = "iiif-av";

    Policy {
        presets = List.copyOf(presets);
    }
}
