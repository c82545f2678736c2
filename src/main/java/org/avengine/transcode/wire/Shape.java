package org.avengine.transcode.wire;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/** A model class's members, found by wire name or member name, and a way to make its builder. */
record Shape(Class<?> modelClass, Supplier<SdkPojo> builders, List<Member> members, Map<String, Member> byName) {

    Member member(String name) {
        return byName.get(name);
    }

    SdkPojo newBuilder() {
        return builders.get();
    }

    static SdkPojo build(SdkPojo builder) {
        return (SdkPojo) ((SdkBuilder<?, ?>) builder).build();
    }
}
