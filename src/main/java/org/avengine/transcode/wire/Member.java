package org.avengine.transcode.wire;

import java.util.function.Function;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.protocol.MarshallLocation;

/**
 * One member of a model class: its SDK field, its enum values when it is enum-typed (for lists and
 * maps: of their elements), and how to read its current value without generated defaults.
 */
record Member(SdkField<?> field, EnumValues enumValues, Function<Object, Object> getter) {

    String wireName() {
        return field.locationName();
    }

    String memberName() {
        return field.memberName();
    }

    boolean inPayload() {
        return field.location() == MarshallLocation.PAYLOAD;
    }

    Object valueOf(Object pojo) {
        return getter.apply(pojo);
    }
}
