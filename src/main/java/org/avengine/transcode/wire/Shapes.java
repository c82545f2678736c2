package org.avengine.transcode.wire;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.traits.DefaultValueTrait;

/** Reflects each SDK model class once and keeps the result; safe to share between threads. */
final class Shapes {

    private final Map<Class<?>, Shape> byClass = new ConcurrentHashMap<>();
    private final Map<SdkField<?>, Shape> byField = new ConcurrentHashMap<>();

    Shape of(Class<?> modelClass) {
        return byClass.computeIfAbsent(modelClass, Shapes::create);
    }

    /** The shape of a structure-typed field's value. */
    Shape of(SdkField<?> field) {
        return byField.computeIfAbsent(field, f -> of(modelClassOf(f.constructor().get())));
    }

    private static Class<?> modelClassOf(SdkPojo builder) {
        Class<?> modelClass = builder.getClass().getEnclosingClass();
        if (modelClass == null) {
            throw new IllegalStateException(builder.getClass().getName() + " is not nested in an SDK model class");
        }
        return modelClass;
    }

    private static Shape create(Class<?> modelClass) {
        Supplier<SdkPojo> builders = builders(modelClass);
        Map<String, EnumValues> enums = EnumValues.byMember(modelClass);
        List<Member> members = builders.get().sdkFields().stream()
                .map(field -> new Member(field, enums.get(lowerCase(field.memberName())), getter(modelClass, field)))
                .toList();
        Map<String, Member> byName = new LinkedHashMap<>();
        members.forEach(member -> {
            byName.put(member.wireName(), member);
            byName.put(member.memberName(), member);
        });
        return new Shape(modelClass, builders, members, Map.copyOf(byName));
    }

    private static Supplier<SdkPojo> builders(Class<?> modelClass) {
        Method builder = publicMethod(modelClass, "builder");
        return () -> (SdkPojo) invoke(builder, null);
    }

    /**
     * Reads a member's value. {@link SdkField#getValueOrDefault} would invent a value for members
     * with a default (a fresh idempotency token for {@code clientRequestToken}), so those are read
     * through the model's own getter.
     */
    private static Function<Object, Object> getter(Class<?> modelClass, SdkField<?> field) {
        if (!field.containsTrait(DefaultValueTrait.class)) {
            return field::getValueOrDefault;
        }
        Method getter = publicMethod(modelClass, lowerCase(field.memberName()));
        return pojo -> invoke(getter, pojo);
    }

    private static Method publicMethod(Class<?> modelClass, String name) {
        for (Method method : modelClass.getMethods()) {
            if (method.getParameterCount() == 0 && lowerCase(method.getName()).equals(lowerCase(name))) {
                return method;
            }
        }
        throw new IllegalArgumentException(modelClass.getName() + " is not an SDK model class: no " + name + "()");
    }

    private static Object invoke(Method method, Object target) {
        try {
            return method.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call " + method, e);
        }
    }

    private static String lowerCase(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
