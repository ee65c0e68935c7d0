package no.pathfin.adapter.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import no.pathfin.application.port.DataFileException;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Money;
import no.pathfin.domain.ruleset.ParameterChanges;

/**
 * The one Jackson configuration of pathfin; every adapter reads and writes JSON and YAML through these. Reading is
 * strict (an unknown field, a duplicate key or a null for a number is an error), decimals are exact, dates are
 * ISO-8601 text, amounts are plain numbers, codes are written the external way ({@code in-person}).
 *
 * <p>Two readings of a number differ on purpose: files keep a number as it was written ({@code 0.40} stays
 * {@code 0.40}, so a rewritten fixture changes no figure), the API reads a number as its value ({@code 0.30} is
 * {@code 0.3}, so an override's formula and hash do not depend on how a client wrote it).
 */
public final class JsonFormats {

    // each built when first used (a holder class apiece): a command that reads no YAML never builds the YAML mapper
    private static final class FileMapper {
        static final ObjectMapper MAPPER = configure(JsonMapper.builder())
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
        static final ObjectWriter FIXTURES = MAPPER.writer(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
    }

    private static final class YamlMapper {
        static final ObjectMapper MAPPER = configure(YAMLMapper.builder())
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
    }

    private static final class ApiMapper {
        static final ObjectMapper MAPPER = configure(JsonMapper.builder()).build();
    }

    private JsonFormats() {
    }

    /**
     * A JSON file people write or pathfin keeps, numbers exactly as written. A file that cannot be read as the type
     * is refused naming the file, line, column and field (an unknown field at the line where it is written).
     *
     * @param file the file as people see it, for the refusal
     */
    public static <T> T readJson(byte[] content, Class<T> type, String file) {
        return read(FileMapper.MAPPER, content, type, file);
    }

    /** A YAML file people write (rule sets), read as {@link #readJson} reads JSON. */
    public static <T> T readYaml(byte[] content, Class<T> type, String file) {
        return read(YamlMapper.MAPPER, content, type, file);
    }

    /** The line where a key is first written in a JSON or YAML text, or 0 if nowhere. */
    public static int lineOf(byte[] content, String key) {
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\n", -1);
        Pattern pattern = Pattern.compile("^\\s*(- )?\"?" + Pattern.quote(key) + "\"?\\s*:");
        for (int i = 0; i < lines.length; i++) {
            if (pattern.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** State pathfin keeps, skipping fields it does not know: state written by a later version stays readable. */
    public static <T> T readLenient(Path file, Class<T> type) {
        try {
            return FileMapper.MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a value as compact JSON. */
    public static void write(Path file, Object value) {
        try {
            FileMapper.MAPPER.writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * State pathfin keeps (a job's), replaced atomically: written beside the file, then moved over it, so that a
     * crash leaves the old state or the new one, never half of one.
     */
    public static void replace(Path file, Object value) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        write(temporary, value);
        try {
            java.nio.file.Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The state kept in {@code name} in each folder of {@code root} (one job per folder), read leniently. */
    public static <T> java.util.List<T> readEach(Path root, String name, Class<T> type) {
        java.util.List<T> values = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> folders = java.nio.file.Files.list(root)) {
            for (Path folder : folders.toList()) {
                Path file = folder.resolve(name);
                if (java.nio.file.Files.isRegularFile(file)) {
                    values.add(readLenient(file, type));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    /** Writes a value as indented JSON, for people to read (result summaries). */
    public static void writePretty(Path file, Object value) {
        try {
            FileMapper.MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An answer of the API as indented JSON, written by the API's own mapper: the command line's {@code --json}
     * gives the same JSON as the API for the same request.
     */
    public static String answer(Object body) {
        return text(ApiMapper.MAPPER.writerWithDefaultPrettyPrinter(), body);
    }

    /** A value in the layout of a fixture file ({@code "key": value}, two spaces), for rewriting one in place. */
    public static String fixture(Object value) {
        return text(FileMapper.FIXTURES, value);
    }

    /** The YAML reader, for the web adapter's contract (its schema validator reads Jackson trees). */
    public static ObjectMapper yaml() {
        return YamlMapper.MAPPER;
    }

    /** Request and response bodies of the API: a number is its value. */
    public static ObjectMapper api() {
        return ApiMapper.MAPPER;
    }

    private static <T> T read(ObjectMapper mapper, byte[] content, Class<T> type, String file) {
        try {
            T value = mapper.readValue(content, type);
            if (value == null) {
                throw new DataFileException(file, 0, 0, "the file is empty");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            // placed where the field is written: the parser reports the end of the object it is in
            String path = fieldPath(e);
            FieldLines lines = placesOf(mapper, content);
            boolean placed = lines != null && lines.line(path) > 0;
            throw new DataFileException(file, placed ? lines.line(path) : lineOf(content, e.getPropertyName()),
                    placed ? lines.column(path) : 0, located(path, "unknown field '" + e.getPropertyName()
                    + "'; known fields: " + e.getKnownPropertyIds()));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new DataFileException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    located(e instanceof JsonMappingException m ? fieldPath(m) : "", e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where each field of a text is written, or null when the text is not well-formed past the error. */
    private static FieldLines placesOf(ObjectMapper mapper, byte[] content) {
        try {
            return FieldLines.of(mapper, content);
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    private static String located(String field, String problem) {
        return field.isEmpty() ? problem : field + ": " + problem;
    }

    /** {@code tariffs.somatic.isfShere}, {@code bundles[0].price}: where in the document a mapping error is. */
    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String text(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
        return builder
                .addModule(new JavaTimeModule())
                .addModule(codes())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    /** Amounts as plain numbers of kroner; codes in their external spelling, read back in either spelling. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static SimpleModule codes() {
        SimpleModule module = new SimpleModule("pathfin-codes");
        module.setDeserializers(new SimpleDeserializers() {
            @Override
            public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                                                            BeanDescription description) {
                return new JsonDeserializer<Enum>() {
                    @Override
                    public Enum deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                        try {
                            return Codes.parse((Class) type, parser.getValueAsString());
                        } catch (IllegalArgumentException e) {
                            return (Enum) context.handleWeirdStringValue(type, parser.getValueAsString(), e.getMessage());
                        }
                    }
                };
            }
        });
        module.addSerializer(Money.class, new JsonSerializer<>() {
            @Override
            public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeNumber(value.kroner());
            }
        });
        module.addDeserializer(Money.class, new JsonDeserializer<>() {
            @Override
            public Money deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                if (parser.currentToken() == JsonToken.START_OBJECT) {
                    // the form before amounts were written as numbers: {"kroner": 123.45}
                    BigDecimal kroner = context.readTree(parser).get("kroner").decimalValue();
                    return new Money(kroner);
                }
                return new Money(parser.getDecimalValue());
            }
        });
        module.addSerializer(ParameterChanges.class, new JsonSerializer<>() {
            @Override
            public void serialize(ParameterChanges value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                gen.writeObject(value.asTree());
            }
        });
        module.addSerializer(Enum.class, new JsonSerializer<>() {
            @Override
            public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(Codes.of(value));
            }
        });
        return module;
    }
}
