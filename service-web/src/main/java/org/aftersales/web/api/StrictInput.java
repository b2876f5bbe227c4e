package org.aftersales.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict input for the whole API, in one place so that no endpoint and no new DTO can forget it (API.md: types are
 * exact, text refuses control characters). Every JSON body is read as JSON first and held against the Java type the
 * endpoint reads it into, field by field and at any depth, before JSON-B binds it — JSON-B alone would turn
 * {@code "name": 123} into "123" and read a day in the year -999999999:
 *
 * <ul>
 *   <li>a text field takes a JSON string, a number field a JSON number (whole for whole types, within their range),
 *       a yes/no field {@code true}/{@code false}, a list an array, a nested object an object — else 400;
 *   <li>text: no C0 control character, except TAB, LF and CR in fields marked {@link MultiLine} — else 422;
 *   <li>a day ({@code LocalDate}) is a string {@code yyyy-MM-dd} (else 400) between 1900-01-01 and 2199-12-31, as
 *       are instants ({@link ApiInstants}) — else 422;
 *   <li>a decimal number has at most the digits its {@link Digits} allows, or {@value #MAX_INTEGER_DIGITS} before and
 *       {@value #MAX_FRACTION_DIGITS} after the point without one; {@link Min}, {@link Max}, {@link DecimalMin},
 *       {@link DecimalMax} and {@link Size} on a field hold too — else 422;
 *   <li>a body that is not JSON, or names a member twice, is 400.
 * </ul>
 *
 * Members the type does not have are ignored, as JSON-B ignores them (API.md: fields the caller may not set are
 * ignored). An absent or {@code null} member is left to the use case, which knows what is required. Query and path
 * parameters are text on one line. Money strings are checked where they are read ({@link ApiValues#money}).
 */
@Provider
public class StrictInput implements ReaderInterceptor, ContainerRequestFilter {

    /** Digits of a decimal number field without {@link Digits}: more than any column of ours holds. */
    static final int MAX_INTEGER_DIGITS = 15;

    static final int MAX_FRACTION_DIGITS = 6;

    private static final JsonReaderFactory READERS =
            Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    private static final ClassValue<Map<String, Property>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Map<String, Property> computeValue(Class<?> type) {
            return properties(type);
        }
    };

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Class<?> type = context.getType();
        if (!isJson(context.getMediaType())
                || JsonValue.class.isAssignableFrom(type)
                || type == String.class
                || type == byte[].class
                || java.io.InputStream.class.isAssignableFrom(type)
                || java.io.Reader.class.isAssignableFrom(type)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (isBlank(body)) {
            return null;
        }
        JsonValue json;
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body))) {
            json = reader.readValue();
        }
        check(json, context.getGenericType(), "", null);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Query and path parameters: text on one line. */
    @Override
    public void filter(ContainerRequestContext request) {
        checkParameters(request.getUriInfo().getQueryParameters());
        checkParameters(request.getUriInfo().getPathParameters());
    }

    private static void checkParameters(MultivaluedMap<String, String> parameters) {
        parameters.forEach((name, values) -> values.forEach(value -> text(name, value, false)));
    }

    /**
     * Refuses a text with a C0 control character: any in a one-line field, any but TAB, LF and CR in a multi-line one
     * (422 naming {@code field}).
     */
    static void text(String field, String value, boolean multiLine) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                String code = String.format("%04X", (int) c);
                if (multiLine) {
                    throw new InputRefusedException(
                            InputRefusedException.REFUSED, field, "api.error.controlCharacter", code);
                }
                throw new InputRefusedException(InputRefusedException.REFUSED, field, "api.error.singleLine", code);
            }
        }
    }

    /** Checks {@code json} against {@code type}, {@code path} naming where it is; {@code field} its declaration. */
    static void check(JsonValue json, Type type, String path, Property field) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == String.class || raw == CharSequence.class) {
            String value = expect(json, JsonValue.ValueType.STRING, path, "api.error.notText", JsonString.class)
                    .getString();
            text(path, value, field != null && field.multiLine());
            sized(path, value.length(), field);
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (json != JsonValue.TRUE && json != JsonValue.FALSE) {
                throw new InputRefusedException(InputRefusedException.WRONG_TYPE, path, "api.error.notBoolean");
            }
        } else if (isWhole(raw)) {
            whole(path, expect(json, JsonValue.ValueType.NUMBER, path, "api.error.notNumber", JsonNumber.class), raw);
            bounded(path, ((JsonNumber) json).bigDecimalValue(), field);
        } else if (raw == BigDecimal.class
                || raw == Double.class
                || raw == double.class
                || raw == Float.class
                || raw == float.class
                || raw == Number.class) {
            decimal(
                    path,
                    expect(json, JsonValue.ValueType.NUMBER, path, "api.error.notNumber", JsonNumber.class),
                    field);
        } else if (raw == LocalDate.class) {
            String text = expect(json, JsonValue.ValueType.STRING, path, "api.error.notText", JsonString.class)
                    .getString();
            text(path, text, false);
            try {
                ApiValues.dayInRange(path, ApiValues.parseDay(text));
            } catch (java.time.format.DateTimeParseException notADay) {
                throw new InputRefusedException(InputRefusedException.WRONG_TYPE, path, "api.error.dateFormat", text);
            }
        } else if (raw == OffsetDateTime.class || raw == Instant.class || raw == ZonedDateTime.class) {
            ApiInstants.parse(
                    path,
                    expect(json, JsonValue.ValueType.STRING, path, "api.error.notText", JsonString.class)
                            .getString());
        } else if (raw.isEnum()) {
            String constant = expect(json, JsonValue.ValueType.STRING, path, "api.error.notText", JsonString.class)
                    .getString();
            text(path, constant, false);
            constant(path, constant, raw);
        } else if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            JsonArray items = expect(json, JsonValue.ValueType.ARRAY, path, "api.error.notList", JsonArray.class);
            sized(path, items.size(), field);
            Type itemType = itemType(type);
            for (int i = 0; i < items.size(); i++) {
                check(items.get(i), itemType, path + "[" + i + "]", field == null ? null : field.ofItems());
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            JsonObject members =
                    expect(json, JsonValue.ValueType.OBJECT, path, "api.error.notObject", JsonObject.class);
            Type valueType = typeArgument(type, 1);
            members.forEach((name, value) -> {
                text(join(path, "key"), name, false);
                check(value, valueType, join(path, name), field == null ? null : field.ofItems());
            });
        } else if (raw == Object.class
                || JsonValue.class.isAssignableFrom(raw)
                || raw.getName().startsWith("java.")) {
            anyText(json, path);
        } else {
            JsonObject members =
                    expect(json, JsonValue.ValueType.OBJECT, path, "api.error.notObject", JsonObject.class);
            Map<String, Property> properties = PROPERTIES.get(raw);
            members.forEach((name, value) -> {
                Property property = properties.get(name);
                if (property != null) {
                    check(value, property.type(), join(path, name), property);
                }
            });
        }
    }

    private static void whole(String path, JsonNumber number, Class<?> type) {
        BigDecimal value = number.bigDecimalValue();
        long min;
        long max;
        if (type == byte.class || type == Byte.class) {
            min = Byte.MIN_VALUE;
            max = Byte.MAX_VALUE;
        } else if (type == short.class || type == Short.class) {
            min = Short.MIN_VALUE;
            max = Short.MAX_VALUE;
        } else if (type == int.class || type == Integer.class) {
            min = Integer.MIN_VALUE;
            max = Integer.MAX_VALUE;
        } else {
            min = Long.MIN_VALUE;
            max = Long.MAX_VALUE;
        }
        if (!number.isIntegral()
                || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InputRefusedException(
                    InputRefusedException.WRONG_TYPE, path, "api.error.notWholeNumber", min, max);
        }
    }

    private static void decimal(String path, JsonNumber number, Property field) {
        BigDecimal value = number.bigDecimalValue();
        Digits digits = field == null ? null : field.annotation(Digits.class);
        int integerDigits = digits == null ? MAX_INTEGER_DIGITS : digits.integer();
        int fractionDigits = digits == null ? MAX_FRACTION_DIGITS : digits.fraction();
        if (value.precision() - value.scale() > integerDigits || value.scale() > fractionDigits) {
            throw new InputRefusedException(
                    InputRefusedException.REFUSED, path, "api.error.digits", integerDigits, fractionDigits);
        }
        bounded(path, value, field);
    }

    /** {@link Min}, {@link Max}, {@link DecimalMin}, {@link DecimalMax} of the field. */
    private static void bounded(String path, BigDecimal value, Property field) {
        if (field == null) {
            return;
        }
        Min min = field.annotation(Min.class);
        DecimalMin decimalMin = field.annotation(DecimalMin.class);
        BigDecimal lowest = min != null
                ? BigDecimal.valueOf(min.value())
                : decimalMin != null ? new BigDecimal(decimalMin.value()) : null;
        if (lowest != null && value.compareTo(lowest) < 0) {
            throw new InputRefusedException(
                    InputRefusedException.REFUSED, path, "api.error.tooSmall", lowest.toPlainString());
        }
        Max max = field.annotation(Max.class);
        DecimalMax decimalMax = field.annotation(DecimalMax.class);
        BigDecimal highest = max != null
                ? BigDecimal.valueOf(max.value())
                : decimalMax != null ? new BigDecimal(decimalMax.value()) : null;
        if (highest != null && value.compareTo(highest) > 0) {
            throw new InputRefusedException(
                    InputRefusedException.REFUSED, path, "api.error.tooLarge", highest.toPlainString());
        }
    }

    /** {@link Size} of the field: characters of a text, items of a list. */
    private static void sized(String path, int size, Property field) {
        Size limits = field == null ? null : field.annotation(Size.class);
        if (limits != null && (size < limits.min() || size > limits.max())) {
            throw new InputRefusedException(
                    InputRefusedException.REFUSED, path, "api.error.size", limits.min(), limits.max(), size);
        }
    }

    private static void constant(String path, String value, Class<?> type) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(value)) {
                return;
            }
        }
        throw new InputRefusedException(InputRefusedException.REFUSED, path, "api.error.unknownValue", value);
    }

    /** Text anywhere in a value of no declared type: no control characters but TAB, LF and CR. */
    private static void anyText(JsonValue json, String path) {
        switch (json.getValueType()) {
            case STRING -> text(path, ((JsonString) json).getString(), true);
            case ARRAY -> {
                JsonArray items = json.asJsonArray();
                for (int i = 0; i < items.size(); i++) {
                    anyText(items.get(i), path + "[" + i + "]");
                }
            }
            case OBJECT -> json.asJsonObject().forEach((name, value) -> anyText(value, join(path, name)));
            default -> {
                // numbers and literals hold no text
            }
        }
    }

    private static <T extends JsonValue> T expect(
            JsonValue json, JsonValue.ValueType wanted, String path, String messageKey, Class<T> type) {
        if (json.getValueType() != wanted) {
            throw new InputRefusedException(InputRefusedException.WRONG_TYPE, path, messageKey);
        }
        return type.cast(json);
    }

    private static boolean isWhole(Class<?> type) {
        return type == int.class
                || type == Integer.class
                || type == long.class
                || type == Long.class
                || type == short.class
                || type == Short.class
                || type == byte.class
                || type == Byte.class
                || type == BigInteger.class;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static boolean isJson(MediaType type) {
        return type == null
                || type.getSubtype().equalsIgnoreCase("json")
                || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json");
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType generic) {
            return raw(generic.getRawType());
        }
        if (type instanceof GenericArrayType array) {
            return java.lang.reflect.Array.newInstance(raw(array.getGenericComponentType()), 0)
                    .getClass();
        }
        if (type instanceof WildcardType wildcard && wildcard.getUpperBounds().length == 1) {
            return raw(wildcard.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type itemType(Type type) {
        if (type instanceof Class<?> plain && plain.isArray()) {
            return plain.getComponentType();
        }
        if (type instanceof GenericArrayType array) {
            return array.getGenericComponentType();
        }
        return typeArgument(type, 0);
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType generic && generic.getActualTypeArguments().length > index) {
            return generic.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    /** The members JSON-B binds: public instance fields (DTOs), or the components of a record. */
    private static Map<String, Property> properties(Class<?> type) {
        Map<String, Property> properties = new HashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                properties.put(
                        component.getName(),
                        new Property(component.getGenericType(), List.of(component.getAnnotations())));
            }
            return properties;
        }
        for (Field field : type.getFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
                properties.put(field.getName(), new Property(field.getGenericType(), List.of(field.getAnnotations())));
            }
        }
        return properties;
    }

    /** A member of a DTO: its declared type and annotations. */
    record Property(Type type, List<java.lang.annotation.Annotation> annotations) {

        /** What holds for the items of a list (or the values of a map) of this member: only {@link MultiLine}. */
        Property ofItems() {
            MultiLine multiLine = annotation(MultiLine.class);
            return new Property(Object.class, multiLine == null ? List.of() : List.of(multiLine));
        }

        boolean multiLine() {
            return annotation(MultiLine.class) != null;
        }

        <A extends java.lang.annotation.Annotation> A annotation(Class<A> kind) {
            for (java.lang.annotation.Annotation annotation : annotations) {
                if (kind.isInstance(annotation)) {
                    return kind.cast(annotation);
                }
            }
            return null;
        }
    }
}
