/**
 * Where media lives: the {@link org.avengine.storage.ObjectStore} port with a local-folder and an
 * S3-compatible adapter, and the rules that turn a location string ({@code s3://}, {@code file://},
 * {@code https://}) into something avengine is allowed to read or write.
 */
package org.avengine.storage;
