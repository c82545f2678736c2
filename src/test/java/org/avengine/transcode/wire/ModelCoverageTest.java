package org.avengine.transcode.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TimestampFormatTrait;
import software.amazon.awssdk.services.mediaconvert.model.CreateJobRequest;
import software.amazon.awssdk.services.mediaconvert.model.CreateJobTemplateRequest;
import software.amazon.awssdk.services.mediaconvert.model.CreatePresetRequest;
import software.amazon.awssdk.services.mediaconvert.model.CreateQueueRequest;
import software.amazon.awssdk.services.mediaconvert.model.DescribeEndpointsResponse;
import software.amazon.awssdk.services.mediaconvert.model.Job;
import software.amazon.awssdk.services.mediaconvert.model.JobTemplate;
import software.amazon.awssdk.services.mediaconvert.model.Preset;
import software.amazon.awssdk.services.mediaconvert.model.Queue;

/** Checks, over every model class the API uses, the assumptions the reader and writer make. */
class ModelCoverageTest {

    private final Shapes shapes = new Shapes();

    @Test
    void findsTheEnumOfEveryEnumTypedMember() {
        for (Class<?> modelClass : reachableModelClasses()) {
            Shape shape = shapes.of(modelClass);
            long enumGetters = List.of(modelClass.getMethods()).stream()
                    .map(Method::getName).filter(name -> name.matches(".+AsStrings?")).count();
            List<Member> enumMembers = shape.members().stream().filter(m -> m.enumValues() != null).toList();

            assertThat(enumMembers).as(modelClass.getSimpleName()).hasSize((int) enumGetters)
                    .allSatisfy(m -> assertThat(m.enumValues().names()).isNotEmpty());
        }
    }

    @Test
    void seesOnlyTimestampsThatTravelAsEpochSeconds() {
        for (Class<?> modelClass : reachableModelClasses()) {
            shapes.of(modelClass).members().stream()
                    .filter(m -> m.field().marshallingType().getKnownType() == MarshallingKnownType.INSTANT)
                    .forEach(m -> assertThat(m.field().getOptionalTrait(TimestampFormatTrait.class)
                                    .map(TimestampFormatTrait::format).orElse(TimestampFormatTrait.Format.UNIX_TIMESTAMP))
                            .as(modelClass.getSimpleName() + "." + m.memberName())
                            .isEqualTo(TimestampFormatTrait.Format.UNIX_TIMESTAMP));
        }
    }

    @Test
    void reachesTheWholeJobSettingsModel() {
        assertThat(reachableModelClasses()).hasSizeGreaterThan(150);
    }

    private Set<Class<?>> reachableModelClasses() {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(CreateJobRequest.class, Job.class, JobTemplate.class,
                Preset.class, Queue.class, CreateJobTemplateRequest.class, CreatePresetRequest.class,
                CreateQueueRequest.class, DescribeEndpointsResponse.class));
        while (!pending.isEmpty()) {
            Class<?> modelClass = pending.pop();
            if (seen.add(modelClass)) {
                shapes.of(modelClass).members().forEach(m -> structureOf(m.field(), pending));
            }
        }
        return seen;
    }

    private void structureOf(SdkField<?> field, Deque<Class<?>> pending) {
        switch (field.marshallingType().getKnownType()) {
            case SDK_POJO -> pending.push(shapes.of(field).modelClass());
            case LIST -> structureOf(field.getRequiredTrait(ListTrait.class).memberFieldInfo(), pending);
            case MAP -> structureOf(field.getRequiredTrait(MapTrait.class).valueFieldInfo(), pending);
            default -> { }
        }
    }
}
