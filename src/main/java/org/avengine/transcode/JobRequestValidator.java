package org.avengine.transcode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.avengine.storage.LocationNotAllowedException;
import org.avengine.storage.Locations;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import software.amazon.awssdk.services.mediaconvert.model.Input;
import software.amazon.awssdk.services.mediaconvert.model.JobSettings;
import software.amazon.awssdk.services.mediaconvert.model.Output;
import software.amazon.awssdk.services.mediaconvert.model.OutputGroup;

/**
 * Checks a CreateJob request before it is queued, so that a job that cannot run is a 400 naming the
 * field, not an ERROR later: the shape avengine can execute, the locations it may read and write,
 * codec and container combinations, output names.
 */
@Component
class JobRequestValidator {

    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,12}");
    private static final Pattern NAME_MODIFIER = Pattern.compile("[A-Za-z0-9_\\-.$#@+=]{0,100}");

    private final Locations locations;

    JobRequestValidator(Locations locations) {
        this.locations = locations;
    }

    void validate(CreateJobRequest request) {
        List<String> problems = new ArrayList<>();
        if (request.priority() != null && (request.priority() < -50 || request.priority() > 50)) {
            problems.add("priority: must be between -50 and 50, was " + request.priority());
        }
        if (request.settings() == null) {
            problems.add("settings: required");
        } else {
            settings(request.settings(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private void settings(JobSettings settings, List<String> problems) {
        if (!settings.hasInputs() || settings.inputs().size() != 1) {
            problems.add("settings.inputs: avengine runs jobs with exactly one input; "
                    + (settings.hasInputs() ? settings.inputs().size() : 0) + " given");
        } else {
            input(settings.inputs().get(0), problems);
        }
        if (!settings.hasOutputGroups() || settings.outputGroups().isEmpty()) {
            problems.add("settings.outputGroups: at least one output group is required");
            return;
        }
        for (int g = 0; g < settings.outputGroups().size(); g++) {
            outputGroup(settings.outputGroups().get(g), "settings.outputGroups[" + g + "]", problems);
        }
    }

    private void input(Input input, List<String> problems) {
        String path = "settings.inputs[0]";
        location(input.fileInput(), path + ".fileInput", false, problems);
        if (input.hasInputClippings() && input.inputClippings().size() > 1) {
            problems.add(path + ".inputClippings: avengine supports one clipping per input; " + input.inputClippings().size() + " given");
        }
        if (input.hasInputClippings()) {
            for (int i = 0; i < input.inputClippings().size(); i++) {
                var clipping = input.inputClippings().get(i);
                timecode(clipping.startTimecode(), path + ".inputClippings[" + i + "].startTimecode", problems);
                timecode(clipping.endTimecode(), path + ".inputClippings[" + i + "].endTimecode", problems);
            }
        }
        if (input.hasAudioSelectors()) {
            input.audioSelectors().forEach((name, selector) -> {
                if (selector.hasTracks() && selector.tracks().stream().anyMatch(t -> t == null || t < 1)) {
                    problems.add(path + ".audioSelectors[\"" + name + "\"].tracks: track numbers start at 1");
                }
            });
        }
    }

    private void outputGroup(OutputGroup group, String path, List<String> problems) {
        var settings = group.outputGroupSettings();
        String typeName = settings == null ? null : settings.typeAsString();
        GroupType type = GroupType.of(typeName);
        if (type == null) {
            problems.add(path + ".outputGroupSettings.type: " + typeName + " is not supported by this avengine version"
                    + " (supported: FILE_GROUP_SETTINGS, HLS_GROUP_SETTINGS, DASH_ISO_GROUP_SETTINGS, CMAF_GROUP_SETTINGS)");
            return;
        }
        GroupSpec spec = GroupSpec.of(settings);
        String settingsPath = path + ".outputGroupSettings." + spec.settingsField();
        location(spec.destination(), settingsPath + ".destination", true, problems);
        if (!group.hasOutputs() || group.outputs().isEmpty()) {
            problems.add(path + ".outputs: at least one output is required");
            return;
        }
        if (type.streaming()) {
            StreamingGroupRules.check(group, spec, path, problems);
        }
        Map<String, Integer> names = new HashMap<>();
        for (int o = 0; o < group.outputs().size(); o++) {
            output(group.outputs().get(o), type, path + ".outputs[" + o + "]", o, names, problems);
        }
    }

    private void output(Output output, GroupType type, String path, int index, Map<String, Integer> names, List<String> problems) {
        if (output.extension() != null && !EXTENSION.matcher(output.extension().replaceFirst("^\\.", "")).matches()) {
            problems.add(path + ".extension: letters and digits only, was '" + output.extension() + "'");
        }
        String modifier = output.nameModifier() == null ? "" : output.nameModifier();
        if (!NAME_MODIFIER.matcher(modifier).matches() || modifier.contains("..")) {
            problems.add(path + ".nameModifier: may hold letters, digits and _-.$#@+= only, was '" + modifier + "'");
        }
        OutputSpec spec = OutputSpec.of(output, type, path, problems);
        if (spec != null) {
            Integer other = names.putIfAbsent(modifier + "." + spec.extension(), index);
            if (other != null) {
                problems.add(path + ".nameModifier: outputs " + other + " and " + index
                        + " of this group would write the same file; give them different name modifiers");
            }
        }
    }

    private void location(String location, String path, boolean output, List<String> problems) {
        if (location == null || location.isBlank()) {
            problems.add(path + ": required");
            return;
        }
        try {
            if (output) {
                locations.resolveOutput(location.endsWith("/") ? location + "output" : location);
            } else {
                locations.parse(location);
            }
        } catch (LocationNotAllowedException e) {
            problems.add(path + ": " + e.getMessage());
        }
    }

    private static void timecode(String value, String path, List<String> problems) {
        if (value != null && !InputClip.TIMECODE.matcher(value).matches()) {
            problems.add(path + ": '" + value + "' is not a timecode HH:MM:SS:FF");
        }
    }
}
