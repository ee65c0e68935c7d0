package no.pathfin.domain.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.pathfin.domain.InvalidValue;
import no.pathfin.domain.Setting;
import org.junit.jupiter.api.Test;

class ParameterPathTest {

    @Test
    void every_field_of_the_parameter_model_reads_back_as_it_is_written() {
        for (ParameterField field : ParameterField.values()) {
            ParameterPath path = switch (field.scope()) {
                case TARIFF -> ParameterPath.tariff(Setting.PHV, field);
                case WEIGHT -> ParameterPath.weight("ORT-CONTROL");
                case QUALITY_POT -> ParameterPath.qualityPot(field);
                default -> new ParameterPath(field, "a.dotted-key");
            };
            assertEquals(path, ParameterPath.parse(path.toString(), "parameter"), path.toString());
        }
    }

    @Test
    void a_path_of_no_parameter_is_refused_naming_the_field_and_showing_how_paths_are_written() {
        InvalidValue unknownField = assertThrows(InvalidValue.class,
                () -> ParameterPath.parse("bundles.hip-replacement-bundle.colour", "sensitivity.parameter"));
        assertEquals("sensitivity.parameter", unknownField.field());
        assertTrue(unknownField.getMessage().contains("e.g. tariffs.somatic.isfShare"), unknownField.getMessage());

        InvalidValue unknownSetting = assertThrows(InvalidValue.class,
                () -> ParameterPath.parse("tariffs.dentistry.isfShare", "parameter"));
        assertTrue(unknownSetting.getMessage().contains("'dentistry' in tariffs.dentistry.isfShare is not a setting"),
                unknownSetting.getMessage());
        assertThrows(InvalidValue.class, () -> ParameterPath.parse("weights.", "parameter"));
    }
}
