package org.avengine.storage;

/**
 * Where an input is read from or an output is written to, after {@link Locations} has checked it
 * against the configuration: the object store, a file under an allowed root, or an http(s) URL.
 */
public sealed interface Location permits StoreLocation, FileLocation, HttpLocation {
}
