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
import com.fasterxml.jackson.databind.ObjectReader;
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
import java.io.IOException;
import java.math.BigDecimal;
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
    private static final class Files {
        static final ObjectMapper MAPPER = configure(JsonMapper.builder())
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
        static final ObjectWriter FIXTURES = MAPPER.writer(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
    }

    private static final class Yaml {
        static final ObjectMapper MAPPER = configure(YAMLMapper.builder())
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
    }

    private static final class Api {
        static final ObjectMapper MAPPER = configure(JsonMapper.builder()).build();
    }

    private JsonFormats() {
    }

    /** JSON files people write or pathfin keeps (fixtures, job state): numbers exactly as written. */
    public static ObjectMapper files() {
        return Files.MAPPER;
    }

    /** YAML files people write (rule sets): numbers exactly as written. */
    public static ObjectMapper yaml() {
        return Yaml.MAPPER;
    }

    /** Request and response bodies of the API: a number is its value. */
    public static ObjectMapper api() {
        return Api.MAPPER;
    }

    /** Indented JSON for people to read: result summaries and the command line's output. */
    public static ObjectWriter pretty() {
        return Files.MAPPER.writerWithDefaultPrettyPrinter();
    }

    /** The layout of a fixture file ({@code "key": value}, two spaces), for rewriting one in place. */
    public static ObjectWriter fixtures() {
        return Files.FIXTURES;
    }

    /** A reader that skips fields it does not know: state written by a later version stays readable. */
    public static ObjectReader lenient(Class<?> type) {
        return Files.MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
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
