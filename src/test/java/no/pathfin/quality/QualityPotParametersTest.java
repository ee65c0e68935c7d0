package no.pathfin.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import no.pathfin.application.port.RuleSet;
import no.pathfin.domain.InvalidValue;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.ParameterDifference;
import no.pathfin.domain.ruleset.ParameterField;
import no.pathfin.domain.ruleset.ParameterPath;
import no.pathfin.domain.ruleset.Parameters;
import no.pathfin.domain.ruleset.QualityCategory;
import no.pathfin.domain.ruleset.QualityPot;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;

/** The quality pot is rule-set data: read from parameters.yaml, and set like any other parameter field. */
class QualityPotParametersTest {

    private static Parameters parameters(String ruleSet) {
        RuleSet r = TestPathfin.get().ruleSets().byId(ruleSet).orElseThrow();
        return r.parameters();
    }

    @Test
    void isf_2020_holds_566_4_million_kroner_weighted_50_30_20_labelled_high() {
        QualityPot pot = parameters("isf-2020").qualityPot().orElseThrow();

        assertEquals(0, new BigDecimal("566400000").compareTo(pot.amount()));
        assertEquals(0, new BigDecimal("0.50").compareTo(pot.weight(QualityCategory.RESULTS)));
        assertEquals(0, new BigDecimal("0.30").compareTo(pot.weight(QualityCategory.PROCESS)));
        assertEquals(0, new BigDecimal("0.20").compareTo(pot.weight(QualityCategory.PATIENT_EXPERIENCE)));
        assertTrue(pot.sourceOf(ParameterField.QUALITY_POT_AMOUNT).startsWith("HIGH: Helsedirektoratet"));
        assertTrue(pot.sourceOf(ParameterField.QUALITY_WEIGHT_PROCESS).startsWith("HIGH: Helsedirektoratet"));
        assertTrue(parameters("isf-2024").qualityPot().orElseThrow().sourceOf(ParameterField.QUALITY_POT_AMOUNT)
                .startsWith("ASSUMPTION"));
        assertTrue(parameters("isf-2019").qualityPot().isEmpty());
    }

    @Test
    void an_override_sets_the_pot_like_any_parameter_and_changes_the_reproducibility_hash() {
        Parameters own = parameters("isf-2020");
        ParameterPath amount = ParameterPath.qualityPot(ParameterField.QUALITY_POT_AMOUNT);
        assertEquals("qualityPot.amount", amount.toString());

        Parameters changed = ParameterChanges.of(amount, new BigDecimal("600000000")).applyTo(own, "isf-2020");

        assertEquals(0, new BigDecimal("600000000").compareTo(changed.qualityPot().orElseThrow().amount()));
        assertNotEquals(own.hash(), changed.hash());
        assertTrue(changed.qualityPot().orElseThrow().sourceOf(ParameterField.QUALITY_POT_AMOUNT)
                .contains("override in this request (rule set value 566 400 000)"));
        List<ParameterDifference> differences = ParameterDifference.between(own, changed);
        assertEquals(1, differences.size());
        assertEquals("qualityPot.amount", differences.get(0).path().toString());
    }

    @Test
    void a_weight_above_one_or_a_pot_the_rule_set_does_not_hold_is_refused_naming_the_field() {
        ParameterPath results = ParameterPath.qualityPot(ParameterField.QUALITY_WEIGHT_RESULTS);
        InvalidValue above = assertThrows(InvalidValue.class, () -> ParameterChanges.of(results,
                new BigDecimal("1.5")).applyTo(parameters("isf-2020"), "isf-2020"));
        assertEquals("qualityPot.weights.results", above.field());

        InvalidValue none = assertThrows(InvalidValue.class, () -> ParameterChanges.of(results,
                new BigDecimal("0.5")).applyTo(parameters("isf-2019"), "isf-2019"));
        assertEquals("isf-2019 holds no quality pot", none.getMessage());
    }

    @Test
    void the_changes_as_a_tree_nest_the_weights_under_the_pot() {
        TreeMap<ParameterPath, Object> values = new TreeMap<>();
        values.put(ParameterPath.qualityPot(ParameterField.QUALITY_WEIGHT_RESULTS), new BigDecimal("0.6"));
        values.put(ParameterPath.qualityPot(ParameterField.QUALITY_POT_AMOUNT), new BigDecimal("1000"));

        Object tree = new ParameterChanges(values, new TreeMap<>()).asTree().get("qualityPot");

        assertEquals("{amount=1000, weights={results=0.6}}", tree.toString());
    }
}
