package org.avengine.transcode;

import java.nio.file.Path;

import org.avengine.storage.InputFetcher;
import org.avengine.storage.LocalInput;
import org.avengine.storage.Location;
import org.avengine.storage.Locations;
import org.avengine.storage.ObjectNotFoundException;
import org.avengine.storage.StorageException;
import org.springframework.stereotype.Component;

/** A job's input made readable on this node, for the job itself or for one of its chunks; failures are job failures (1010). */
@Component
class InputSource {

    private final InputFetcher inputs;
    private final Locations locations;

    InputSource(InputFetcher inputs, Locations locations) {
        this.inputs = inputs;
        this.locations = locations;
    }

    /** The input as a local file; close it to delete what was downloaded into {@code workDir}. */
    LocalInput fetch(String fileInput, Path workDir) {
        try {
            Location location = locations.parse(fileInput);
            return inputs.fetch(location, workDir);
        } catch (ObjectNotFoundException e) {
            throw new JobFailedException(JobFailure.permanent(JobFailure.INPUT_UNREADABLE,
                    "Unable to open input file [" + fileInput + "]: the file does not exist"), e);
        } catch (StorageException e) {
            throw new JobFailedException(new JobFailure(JobFailure.INPUT_UNREADABLE,
                    "Unable to open input file [" + fileInput + "]: " + e.getMessage(), e.isTransient()), e);
        }
    }
}
