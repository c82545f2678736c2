package org.avengine.transcode.wire;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The values an enum-typed member accepts, in the model's declaration order (the SDK stores enum
 * members as strings; the model class's typed getter, e.g. {@code rateControlMode()}, names the
 * enum, whose {@code knownValues()} leave out {@code UNKNOWN_TO_SDK_VERSION}).
 */
record EnumValues(List<String> names, Set<String> lookup) {

    private static final int LISTED = 50;

    static EnumValues of(Class<?> enumClass) {
        Set<?> known = knownValues(enumClass);
        List<String> names = Arrays.stream(enumClass.getEnumConstants())
                .filter(known::contains).map(Object::toString).toList();
        return new EnumValues(names, Set.copyOf(names));
    }

    boolean accepts(String value) {
        return lookup.contains(value);
    }

    String problem(String value) {
        String listed = String.join(", ", names.subList(0, Math.min(LISTED, names.size())));
        String more = names.size() > LISTED ? ", … (" + (names.size() - LISTED) + " more)" : "";
        return "'" + value + "' is not one of " + listed + more;
    }

    /** The enum values of every enum-typed member of a model class, by lower-cased member name. */
    static Map<String, EnumValues> byMember(Class<?> modelClass) {
        Map<String, EnumValues> result = new HashMap<>();
        for (Method asString : modelClass.getMethods()) {
            String name = asString.getName();
            if (asString.getParameterCount() == 0 && name.matches(".+AsStrings?")) {
                String getter = name.replaceAll("AsStrings?$", "");
                result.put(getter.toLowerCase(Locale.ROOT), of(enumClass(modelClass, getter)));
            }
        }
        return result;
    }

    private static Class<?> enumClass(Class<?> modelClass, String getter) {
        Type type = method(modelClass, getter).getGenericReturnType();
        if (type instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            type = arguments[arguments.length - 1];
        }
        if (type instanceof Class<?> enumClass && enumClass.isEnum()) {
            return enumClass;
        }
        throw new IllegalStateException(modelClass.getName() + "." + getter + "() does not return an SDK enum");
    }

    private static Method method(Class<?> modelClass, String name) {
        try {
            return modelClass.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(modelClass.getName() + " has " + name + "AsString() but no " + name + "()", e);
        }
    }

    private static Set<?> knownValues(Class<?> enumClass) {
        try {
            return (Set<?>) enumClass.getMethod("knownValues").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(enumClass.getName() + " has no knownValues()", e);
        }
    }
}
