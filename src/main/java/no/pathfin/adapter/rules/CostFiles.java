package no.pathfin.adapter.rules;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.pathfin.adapter.json.CsvTable;
import no.pathfin.application.port.DataFileException;
import no.pathfin.domain.Codes;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.Setting;
import no.pathfin.domain.costing.CostModel;
import no.pathfin.domain.costing.PersonnelMinutes;
import no.pathfin.domain.pricing.Factor;

/**
 * Reads a rule set's cost model: a YAML file of unit costs per point, mode and ambulant factors, the marginal cost
 * share and personnel minutes (shared by rule sets that name the same file), and an optional KPP-style cost table
 * (CSV: {@code group_code}, {@code description}, {@code cost}, {@code source}).
 */
final class CostFiles {

    /** {@code unit-price}: the rule set's own unit price. */
    static final String UNIT_PRICE = "unit-price";
    private static final String ANY = "any";
    private static final String OWN = "own";

    /** The shape of the YAML file, as written by people. */
    record CostsFile(Map<String, FactorEntry> unitCostPerPoint, Map<String, FactorEntry> modeFactors,
                     FactorEntry ambulantFactor, FactorEntry marginalCostShare, List<MinutesEntry> personnelMinutes) {
    }

    /** @param value a decimal, or {@code unit-price} for a unit cost per point */
    record FactorEntry(String value, String source) {
    }

    record MinutesEntry(String kind, String mode, String personnel, BigDecimal minutes, String source) {
    }

    private CostFiles() {
    }

    /**
     * @param yaml       the cost model file, or null for the default (weight × unit price, no factors)
     * @param groupCosts the KPP-style cost table, or null
     * @param unitPrices the rule set's own unit prices, per scheme
     */
    static CostModel read(RuleSetFiles files, Path yaml, Path groupCosts, Map<Setting, BigDecimal> unitPrices,
                          String ruleSetId) {
        CostModel model = yaml == null ? CostModel.byUnitPrice(unitPrices, ruleSetId)
                : model(files.display(yaml), files.bytes(yaml), files.yaml(yaml, CostsFile.class), unitPrices, ruleSetId);
        if (groupCosts == null) {
            return model;
        }
        Map<String, CostModel.GroupCost> costs = new LinkedHashMap<>();
        String shown = files.display(groupCosts);
        for (CsvTable.Row row : CsvTable.read(shown, files.text(groupCosts), "the cost table",
                List.of("group_code", "description", "cost", "source"), "group_code")) {
            costs.put(row.text("group_code"), new CostModel.GroupCost(row.text("group_code"), row.number("cost"),
                    row.text("source")));
        }
        return new CostModel(model.unitCostPerPoint(), costs, model.modeFactors(), model.ambulantFactor(),
                model.marginalCostShare(), model.minutes());
    }

    private static CostModel model(String file, byte[] content, CostsFile read, Map<Setting, BigDecimal> unitPrices,
                                   String ruleSetId) {
        Reading r = new Reading(file, content);
        Map<Setting, Factor> perPoint = new EnumMap<>(Setting.class);
        Map<String, FactorEntry> unitCosts = read.unitCostPerPoint() == null ? Map.of() : read.unitCostPerPoint();
        for (Setting setting : Setting.values()) {
            FactorEntry entry = unitCosts.get(Codes.of(setting));
            if (entry == null) {
                throw new DataFileException(file, r.line("unitCostPerPoint"), 0, "unitCostPerPoint." + Codes.of(setting)
                        + ": missing; give a number of kroner or '" + UNIT_PRICE + "'");
            }
            String name = "unitCostPerPoint." + Codes.of(setting);
            BigDecimal value = UNIT_PRICE.equals(entry.value()) ? unitPrices.get(setting) : r.number(name, entry.value());
            String source = UNIT_PRICE.equals(entry.value()) ? "the unit price of " + ruleSetId + "; " + r.source(name,
                    entry) : r.source(name, entry);
            perPoint.put(setting, new Factor("unit cost per point", value, source));
        }
        Map<ContactMode, Factor> modes = new EnumMap<>(ContactMode.class);
        if (read.modeFactors() != null) {
            read.modeFactors().forEach((code, entry) -> {
                String name = "modeFactors." + code;
                ContactMode mode = r.code(name, ContactMode.class, code);
                modes.put(mode, new Factor(code + " factor", r.number(name, entry.value()), r.source(name, entry)));
            });
        }
        return new CostModel(perPoint, Map.of(), modes, r.factor("ambulantFactor", "ambulant factor",
                read.ambulantFactor()), r.factor("marginalCostShare", "marginal cost share", read.marginalCostShare()),
                minutes(r, read.personnelMinutes()));
    }

    private static List<PersonnelMinutes> minutes(Reading r, List<MinutesEntry> entries) {
        List<PersonnelMinutes> rows = new ArrayList<>();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            MinutesEntry e = entries.get(i);
            String name = "personnelMinutes[" + i + "]";
            if (e.minutes() == null || e.minutes().signum() < 0) {
                throw r.wrong(name + ".minutes", "minutes from 0 are required");
            }
            rows.add(new PersonnelMinutes(r.code(name + ".kind", ContactKind.class, e.kind()),
                    e.mode() == null || ANY.equals(e.mode()) ? null : r.code(name + ".mode", ContactMode.class, e.mode()),
                    e.personnel() == null || OWN.equals(e.personnel()) ? null
                            : r.code(name + ".personnel", PersonnelGroup.class, e.personnel()),
                    e.minutes(), r.source(name, new FactorEntry(null, e.source()))));
        }
        return rows;
    }

    private record Reading(String file, byte[] content) {

        int line(String name) {
            String last = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
            return RuleSetFiles.lineOf(content, last.contains("[") ? last.substring(0, last.indexOf('[')) : last);
        }

        DataFileException wrong(String name, String problem) {
            return new DataFileException(file, line(name), 0, name + ": " + problem);
        }

        BigDecimal number(String name, String value) {
            try {
                BigDecimal number = new BigDecimal(value == null ? "" : value.trim());
                if (number.signum() < 0) {
                    throw wrong(name, "'" + value + "' must not be negative");
                }
                return number;
            } catch (NumberFormatException e) {
                throw wrong(name, "'" + value + "' is not a decimal number");
            }
        }

        String source(String name, FactorEntry entry) {
            if (entry.source() == null || entry.source().isBlank()) {
                throw wrong(name, "every figure needs a source (or 'ILLUSTRATIVE: …' / 'ASSUMPTION: …')");
            }
            return entry.source();
        }

        Factor factor(String name, String label, FactorEntry entry) {
            if (entry == null) {
                return new Factor(label, BigDecimal.ONE, "no factor stated in " + file + ": 1");
            }
            return new Factor(label, number(name, entry.value()), source(name, entry));
        }

        <E extends Enum<E>> E code(String name, Class<E> type, String code) {
            try {
                return Codes.parse(type, code);
            } catch (IllegalArgumentException e) {
                throw wrong(name, e.getMessage());
            }
        }
    }
}
