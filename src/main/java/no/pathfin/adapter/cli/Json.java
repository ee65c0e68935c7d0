package no.pathfin.adapter.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import no.pathfin.domain.Codes;
import no.pathfin.domain.Money;

/** JSON output of the command line: amounts as exact decimal numbers, codes in their external spelling. */
final class Json {

    @SuppressWarnings({"rawtypes", "unchecked"})
    static final ObjectWriter WRITER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule()
                    .addSerializer(Money.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(Money value, JsonGenerator gen, SerializerProvider p) throws IOException {
                            gen.writeNumber(value.kroner());
                        }
                    })
                    .addSerializer(Enum.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(Enum value, JsonGenerator gen, SerializerProvider p) throws IOException {
                            gen.writeString(Codes.of(value));
                        }
                    }))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build()
            .writerWithDefaultPrettyPrinter();

    private Json() {
    }

    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
