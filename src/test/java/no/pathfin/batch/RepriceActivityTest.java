package no.pathfin.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.pathfin.adapter.activity.ActivityGenerator;
import no.pathfin.adapter.rules.fact.ContactFact;
import no.pathfin.application.pricing.DecisionCache;
import no.pathfin.application.pricing.PricePathway;
import no.pathfin.domain.Codes;
import no.pathfin.domain.ContactKind;
import no.pathfin.domain.ContactMode;
import no.pathfin.domain.Money;
import no.pathfin.domain.Performer;
import no.pathfin.domain.PersonnelGroup;
import no.pathfin.domain.Setting;
import no.pathfin.domain.batch.Repricing;
import no.pathfin.domain.pathway.Contact;
import no.pathfin.domain.pathway.ContactProfile;
import no.pathfin.domain.pathway.Pathway;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repricing by contact profile equals pricing every pathway one by one, and cannot miss an attribute a rule reads. */
class RepriceActivityTest {

    @TempDir
    Path temp;

    @Test
    void the_per_contact_rules_can_see_nothing_of_a_contact_but_its_profile() {
        Set<String> visible = new TreeSet<>();
        for (Method method : ContactFact.class.getMethods()) {
            if (method.getDeclaringClass() == ContactFact.class && Modifier.isPublic(method.getModifiers())
                    && method.getParameterCount() == 0) {
                String name = method.getName().replaceFirst("^(get|is)", "");
                visible.add(name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1));
            }
        }
        Set<String> profile = Arrays.stream(ContactProfile.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        profile.add("id"); // ties the rules' decisions to the contact; identical for all contacts of a profile's batch
        profile.add("costWeight"); // a function of groupCode and the rule set's parameters

        assertEquals(profile, visible);
    }

    @Test
    void contacts_that_share_a_profile_earn_the_same_whatever_their_date_id_or_procedure_code() {
        for (ContactProfile p : List.of(
                new ContactProfile(ContactKind.CONTROL, ContactMode.PHONE, Setting.SOMATIC, false, PersonnelGroup.NURSE,
                        Performer.HOSPITAL, "ORT-CONTROL", true, true),
                new ContactProfile(ContactKind.TREATMENT, ContactMode.IN_PERSON, Setting.PHV, true,
                        PersonnelGroup.PSYCHOLOGIST, Performer.MUNICIPALITY_WITH_AGREEMENT, "PHV-TREAT", false, true))) {
            List<Contact> contacts = List.of(
                    contact("x", LocalDate.of(2024, 1, 2), p, null),
                    contact("another-id", LocalDate.of(2024, 12, 30), p, "NFB40"),
                    contact("z", LocalDate.of(2024, 7, 1), p, "ABC99"));
            Set<Money> amounts = new java.util.HashSet<>();
            for (Contact c : contacts) {
                amounts.add(TestPathfin.get().pricePathway().price(new Pathway("p", "f", "v", "", List.of(c)),
                        FinancingModel.PER_CONTACT, "isf-2024").total());
            }
            assertEquals(1, amounts.size(), p.toString());
        }
    }

    @Test
    void a_generated_year_reprices_to_the_ore_as_pricing_each_pathway_one_by_one() throws Exception {
        Path file = temp.resolve("year.csv");
        ActivityGenerator.generate(file, 20_000, 11, 2024);

        Repricing batch = ActivityFiles.reprice(file, 3, false, "isf-2024", "isf-2025-plan", "isf-2024:bundle");

        Map<String, List<Contact>> pathways = new LinkedHashMap<>();
        Map<String, String> hospitalOf = new HashMap<>();
        for (String row : Files.readAllLines(file).subList(1, 20_001)) {
            String[] f = row.split(",", -1);
            pathways.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Contact(f[2], LocalDate.parse(f[3]),
                    Codes.parse(ContactKind.class, f[4]), Codes.parse(ContactMode.class, f[5]),
                    Codes.parse(Setting.class, f[6]), Boolean.parseBoolean(f[7]), Codes.parse(PersonnelGroup.class, f[8]),
                    Codes.parse(Performer.class, f[9]), f[10], f[11].isEmpty() ? null : f[11],
                    Boolean.parseBoolean(f[12]), Boolean.parseBoolean(f[13])));
            hospitalOf.put(f[0], f[1]);
        }
        // every pathway through the rules, one by one, keeping no decision
        PricePathway fresh = new PricePathway(TestPathfin.get().ruleSets(), DecisionCache.off());
        int ruleSet = 0;
        for (String scenario : List.of("isf-2024", "isf-2025-plan", "isf-2024:bundle")) {
            String id = scenario.replace(":bundle", "");
            FinancingModel model = scenario.endsWith(":bundle") ? FinancingModel.BUNDLE : FinancingModel.PER_CONTACT;
            Map<String, Money> byHospital = new java.util.TreeMap<>();
            for (Map.Entry<String, List<Contact>> pathway : pathways.entrySet()) {
                Money total = fresh.price(new Pathway(pathway.getKey(), "f", "v", "", pathway.getValue()), model, id)
                        .total();
                byHospital.merge(hospitalOf.get(pathway.getKey()), total, Money::plus);
            }
            int index = ruleSet++;
            Map<String, Money> fromBatch = batch.breakdown(Repricing.Dimension.HOSPITAL).stream()
                    .collect(Collectors.toMap(Repricing.Line::key, l -> l.amounts().get(index), (a, b) -> a,
                            java.util.TreeMap::new));
            assertEquals(byHospital, fromBatch, scenario);
        }
        // the bundle changes something: hip episodes are in the generated year
        assertTrue(!batch.total().difference(2).isZero(), "bundle scenario differs from per-contact");
        assertEquals(20_000, batch.rows());
    }

    @Test
    void a_procedure_code_written_like_another_episode_does_not_make_two_episodes_one_in_the_batch() {
        // joined as text (profile:day:procedure;…) the first pathway's rows read like the second's three
        Path file = ActivityFiles.write(temp, "collision.csv", List.of(
                "W,HF-A,w1,2024-03-01,control,in-person,somatic,false,physician,hospital,ORT-CONTROL,Y;0:0:Z,false,true",
                "W,HF-A,w2,2024-03-01,admission-with-surgery,in-person,somatic,false,physician,hospital,HIP-SURGERY,NFB40,false,true",
                "H,HF-B,h1,2024-03-01,control,in-person,somatic,false,physician,hospital,ORT-CONTROL,Y,false,true",
                "H,HF-B,h2,2024-03-01,control,in-person,somatic,false,physician,hospital,ORT-CONTROL,Z,false,true",
                "H,HF-B,h3,2024-03-01,admission-with-surgery,in-person,somatic,false,physician,hospital,HIP-SURGERY,NFB40,false,true"));

        Repricing r = ActivityFiles.reprice(file, 1, true, "isf-2024", "isf-2024:bundle");

        // each pathway is one hip bundle at the isf-2024 price, 43 749.00: its controls are covered
        Map<String, Money> byHospital = r.breakdown(Repricing.Dimension.HOSPITAL).stream()
                .collect(Collectors.toMap(Repricing.Line::key, l -> l.amounts().get(1)));
        assertEquals(Map.of("HF-A", Money.of("43749.00"), "HF-B", Money.of("43749.00")), byHospital);
    }

    @Test
    void every_breakdown_adds_up_to_the_same_total() throws Exception {
        Path file = temp.resolve("year.csv");
        ActivityGenerator.generate(file, 30_000, 5, 2024);

        Repricing r = ActivityFiles.reprice(file, 2, false, "isf-2024", "isf-2025-plan");

        for (Repricing.Dimension dimension : Repricing.Dimension.values()) {
            List<Repricing.Line> lines = r.breakdown(dimension);
            for (int i = 0; i < 2; i++) {
                int index = i;
                assertEquals(r.total().amounts().get(i),
                        lines.stream().map(l -> l.amounts().get(index)).reduce(Money.ZERO, Money::plus), dimension.name());
            }
            assertEquals(30_000, lines.stream().mapToLong(Repricing.Line::contacts).sum());
        }
        // the planned 30 % share moves somatic care only, by a quarter of its ISF: 0.30 / 0.40 = 0.75 of every exact
        // component, each then rounded to øre on its own
        assertEquals(List.of("phv", "somatic", "tsb"),
                r.breakdown(Repricing.Dimension.SETTING).stream().map(Repricing.Line::key).toList());
        for (Repricing.Line line : r.breakdown(Repricing.Dimension.SETTING)) {
            if (line.key().equals("somatic")) {
                BigDecimal baseline = line.amounts().get(0).kroner();
                BigDecimal difference = line.difference(1).kroner();
                // as a percentage of the baseline, at two decimals (half up, as fixtures compare it): −25.00 %
                assertEquals(new BigDecimal("-25.00"),
                        difference.multiply(BigDecimal.valueOf(100)).divide(baseline, 2, RoundingMode.HALF_UP));
                // in kroner, a quarter of the baseline to within rounding: per contact (one ISF component, somatic
                // contacts are never ambulant here) the plan's line is off its exact value by at most ½ øre, and ¾ of
                // the baseline line by at most ¾ × ½ øre, so |difference + baseline / 4| ≤ 0.00875 kr × contacts
                BigDecimal offQuarter = difference.add(baseline.divide(BigDecimal.valueOf(4))).abs();
                BigDecimal bound = new BigDecimal("0.00875").multiply(BigDecimal.valueOf(line.contacts()));
                assertTrue(offQuarter.compareTo(bound) <= 0, offQuarter + " kr off a quarter of " + baseline
                        + " kr over " + line.contacts() + " contacts");
            } else {
                assertEquals(Money.ZERO, line.difference(1), line.key());
            }
        }
    }

    private static Contact contact(String id, LocalDate date, ContactProfile p, String procedure) {
        return new Contact(id, date, p.kind(), p.mode(), p.setting(), p.ambulant(), p.personnel(), p.performer(),
                p.groupCode(), procedure, p.replacesPlannedVisit(), p.documented());
    }

    @Test
    void the_attribution_on_a_years_aggregates_sums_exactly_to_the_difference_in_total_and_per_setting() throws Exception {
        Path file = temp.resolve("year.csv");
        ActivityGenerator.generate(file, 40_000, 23, 2024);

        Repricing r = TestPathfin.get().repriceActivity().reprice(no.pathfin.adapter.activity.CsvActivitySource.open(file),
                List.of(new no.pathfin.application.batch.RepriceActivity.Scenario("isf-2024", FinancingModel.PER_CONTACT),
                        new no.pathfin.application.batch.RepriceActivity.Scenario("candidate-2025-package", FinancingModel.PER_CONTACT)),
                new no.pathfin.application.batch.RepriceActivity.Options(2, false, 10, true), (a, b, c) -> { },
                no.pathfin.application.batch.RepricingResults.NONE).repricing();

        assertEquals(r.total().difference(1), r.attribution().get("total").contributions().stream()
                .map(no.pathfin.domain.workbench.Attribution.Contribution::amount).reduce(Money.ZERO, Money::plus));
        for (Repricing.Line setting : r.breakdown(Repricing.Dimension.SETTING)) {
            no.pathfin.domain.workbench.Attribution.Result part = r.attribution().get(setting.key());
            assertEquals(setting.difference(1), part.contributions().stream()
                    .map(no.pathfin.domain.workbench.Attribution.Contribution::amount).reduce(Money.ZERO, Money::plus), setting.key());
            Money phone = part.contributions().stream().filter(c -> c.item().equals("tariffs.phv.eligibleModes"))
                    .findFirst().orElseThrow().amount();
            assertEquals(setting.key().equals("phv"), !phone.isZero(), setting.key());
        }
    }
}
