package no.pathfin.adapter.activity;

import java.util.SplittableRandom;

/**
 * The synthetic mix of a national year (ILLUSTRATIVE: shares chosen to look like Norwegian specialist care, not
 * taken from official statistics). By contacts: about 75 % somatic, 18 % mental health (PHV), 7 % substance abuse
 * (TSB). Somatic episodes: a medical stay (20 %: one admission without surgery), a surgical stay (8 %: an
 * assessment, an admission with surgery, a control), day surgery (10 %: an assessment, the day surgery, a control in
 * half of them), a primary hip replacement (1 %; the national plan's variants A, B, C) and outpatient care (the rest:
 * an assessment and 0–3 controls). The shares of stays and day surgery are set so that a generated year lands within
 * 10 % of Helsedirektoratet's published ISF totals under each final rule set (docs/national-batch.md shows the
 * arithmetic); they are not patient-register figures. PHV series (assessment, 2–14 sessions, sometimes a
 * collaboration meeting; 12 % of sessions ambulant), TSB series (assessment, 2–10 sessions, a quarter of them group
 * sessions; 15 % ambulant). Controls and sessions are by video 10–12 % and by phone 8–10 %; three quarters of phone
 * calls replace a planned visit and 97 % are documented. 2 % of PHV/TSB sessions are performed by a municipality,
 * three quarters of those under a written agreement. 20 health trusts of unequal size.
 */
final class ActivityMix {

    record Step(String kind, String mode, String setting, boolean ambulant, String personnel, String performer,
                String groupCode, String procedureCode, boolean replacesPlannedVisit, boolean documented,
                int daysToNext) {
    }

    /** One patient episode: its length and how each contact is drawn. */
    interface Episode {
        int length();

        /**
         * The share of such patients aged 67 and over (ILLUSTRATIVE: hip replacements mostly, mental health and
         * substance abuse rarely), and of women.
         */
        double olderShare();

        double womenShare();

        Step step(int index, SplittableRandom random);
    }

    private static final String[] HOSPITALS = {"HF-OUS", "HF-AHUS", "HF-BERGEN", "HF-STOLAV", "HF-UNN", "HF-SUS",
            "HF-VESTRE-VIKEN", "HF-INNLANDET", "HF-SORLANDET", "HF-VESTFOLD", "HF-TELEMARK", "HF-OSTFOLD",
            "HF-MORE-ROMSDAL", "HF-NORD-TRONDELAG", "HF-NORDLAND", "HF-FONNA", "HF-FORDE", "HF-FINNMARK",
            "HF-HELGELAND", "HF-LOVISENBERG"};
    /** Relative sizes (ILLUSTRATIVE), in the order of {@link #HOSPITALS}. */
    private static final int[] HOSPITAL_WEIGHTS = {18, 12, 11, 10, 6, 8, 9, 8, 6, 5, 4, 6, 5, 3, 4, 3, 2, 1, 1, 2};
    private static final int HOSPITAL_TOTAL = java.util.Arrays.stream(HOSPITAL_WEIGHTS).sum();

    private ActivityMix() {
    }

    static String hospital(SplittableRandom random) {
        int pick = random.nextInt(HOSPITAL_TOTAL);
        for (int i = 0; i < HOSPITALS.length; i++) {
            pick -= HOSPITAL_WEIGHTS[i];
            if (pick < 0) {
                return HOSPITALS[i];
            }
        }
        return HOSPITALS[0];
    }

    static Episode episode(SplittableRandom random) {
        double r = random.nextDouble();
        if (r < 0.0606) {
            return series("phv", 2 + random.nextInt(13), random.nextDouble() < 0.3, 0.12, random);
        } else if (r < 0.0909) {
            return series("tsb", 2 + random.nextInt(9), random.nextDouble() < 0.2, 0.15, random);
        }
        double somatic = random.nextDouble();
        if (somatic < 0.01) {
            return hip(random.nextInt(3));
        } else if (somatic < 0.21) {
            return stay(new String[] {"medical-stay"}, 0.50, 0.50);
        } else if (somatic < 0.29) {
            return stay(new String[] {"assessment", "surgical-stay", "control"}, 0.45, 0.52);
        } else if (somatic < 0.39) {
            return stay(random.nextBoolean() ? new String[] {"assessment", "day-surgery", "control"}
                    : new String[] {"assessment", "day-surgery"}, 0.35, 0.55);
        }
        return somatic(1 + random.nextInt(4));
    }

    /** A hospital stay or day surgery, with the outpatient contacts around it; the shares 67+ and women ILLUSTRATIVE. */
    private static Episode stay(String[] steps, double olderShare, double womenShare) {
        return new Episode() {
            public int length() {
                return steps.length;
            }

            public double olderShare() {
                return olderShare;
            }

            public double womenShare() {
                return womenShare;
            }

            public Step step(int index, SplittableRandom random) {
                return switch (steps[index]) {
                    case "medical-stay" -> inPerson("medical-admission", "somatic", "physician", "MED-STAY", "",
                            30 + random.nextInt(60));
                    case "surgical-stay" -> inPerson("admission-with-surgery", "somatic", "physician", "SURG-STAY",
                            "", 42);
                    case "day-surgery" -> inPerson("day-surgery", "somatic", "physician", "SURG-DAY", "", 30);
                    case "assessment" -> inPerson("assessment", "somatic", "physician", "ORT-ASSESS", "",
                            14 + random.nextInt(42));
                    default -> control(random, "somatic", "physician", "ORT-CONTROL", 42);
                };
            }
        };
    }

    private static Episode somatic(int length) {
        return new Episode() {
            public int length() {
                return length;
            }

            public double olderShare() {
                return 0.35;
            }

            public double womenShare() {
                return 0.53;
            }

            public Step step(int index, SplittableRandom random) {
                if (index == 0) {
                    return inPerson("assessment", "somatic", somaticPersonnel(random), "ORT-ASSESS", "", 21 + random.nextInt(40));
                }
                return control(random, "somatic", somaticPersonnel(random), "ORT-CONTROL", 30 + random.nextInt(90));
            }
        };
    }

    /** The national plan's variants: A assessment, surgery, two controls; B one video control; C two assessments and a phone call. */
    private static Episode hip(int variant) {
        String[][] plan = {
                {"assessment", "admission-with-surgery", "control", "control"},
                {"assessment", "admission-with-surgery", "video-control"},
                {"assessment", "assessment", "admission-with-surgery", "phone-control"}};
        String[] steps = plan[variant];
        return new Episode() {
            public int length() {
                return steps.length;
            }

            public double olderShare() {
                return 0.75;
            }

            public double womenShare() {
                return 0.62;
            }

            public Step step(int index, SplittableRandom random) {
                return switch (steps[index]) {
                    case "assessment" -> inPerson("assessment", "somatic", "physician", "ORT-ASSESS", "", 21);
                    case "admission-with-surgery" ->
                            inPerson("admission-with-surgery", "somatic", "physician", "HIP-SURGERY", "NFB40", 42);
                    case "video-control" -> new Step("control", "video", "somatic", false, "physician", "hospital",
                            "ORT-CONTROL", "", false, true, 42);
                    case "phone-control" -> new Step("control", "phone", "somatic", false, "physician", "hospital",
                            "ORT-CONTROL", "", true, true, 42);
                    default -> inPerson("control", "somatic", "physician", "ORT-CONTROL", "", 42);
                };
            }
        };
    }

    private static Episode series(String setting, int sessions, boolean meeting, double ambulantShare,
                                  SplittableRandom seriesRandom) {
        int meetingAt = meeting ? 1 + seriesRandom.nextInt(sessions) : -1;
        String prefix = setting.toUpperCase(java.util.Locale.ROOT);
        return new Episode() {
            public int length() {
                return sessions + 1 + (meeting ? 1 : 0);
            }

            public double olderShare() {
                return "phv".equals(setting) ? 0.08 : 0.05;
            }

            public double womenShare() {
                return "phv".equals(setting) ? 0.58 : 0.32;
            }

            public Step step(int index, SplittableRandom random) {
                String personnel = setting.equals("phv") ? phvPersonnel(random) : tsbPersonnel(random);
                if (index == 0) {
                    return inPerson("assessment", setting, personnel, prefix + "-ASSESS", "", 7 + random.nextInt(14));
                }
                if (index == meetingAt) {
                    return inPerson("collaboration-meeting", setting, personnel, prefix + "-COLLAB", "", 1 + random.nextInt(7));
                }
                String group = setting.equals("tsb") && random.nextDouble() < 0.25 ? "TSB-GROUP" : prefix + "-TREAT";
                String performer = random.nextDouble() < 0.02
                        ? (random.nextDouble() < 0.75 ? "municipality-with-agreement" : "municipality-without-agreement")
                        : "hospital";
                boolean ambulant = random.nextDouble() < ambulantShare;
                Step session = control(random, setting, personnel, group, 7 + random.nextInt(21));
                return new Step("treatment", ambulant ? "in-person" : session.mode(), setting, ambulant, personnel,
                        performer, group, "", session.replacesPlannedVisit(), session.documented(), session.daysToNext());
            }
        };
    }

    private static Step inPerson(String kind, String setting, String personnel, String group, String procedure, int next) {
        return new Step(kind, "in-person", setting, false, personnel, "hospital", group, procedure, false, true, next);
    }

    private static Step control(SplittableRandom random, String setting, String personnel, String group, int next) {
        double r = random.nextDouble();
        String mode = r < 0.80 ? "in-person" : r < 0.91 ? "video" : "phone";
        boolean phone = mode.equals("phone");
        return new Step("control", mode, setting, false, personnel, "hospital", group, "",
                phone && random.nextDouble() < 0.75, !phone || random.nextDouble() < 0.97, next);
    }

    private static String somaticPersonnel(SplittableRandom random) {
        return pick(random, new String[] {"physician", "nurse", "physiotherapist", "psychologist", "other"},
                new double[] {0.85, 0.10, 0.03, 0.01, 0.01});
    }

    private static String phvPersonnel(SplittableRandom random) {
        return pick(random, new String[] {"psychologist", "physician", "nurse", "social-worker", "other"},
                new double[] {0.50, 0.20, 0.20, 0.08, 0.02});
    }

    private static String tsbPersonnel(SplittableRandom random) {
        return pick(random, new String[] {"social-worker", "psychologist", "nurse", "physician", "other"},
                new double[] {0.35, 0.25, 0.20, 0.15, 0.05});
    }

    private static String pick(SplittableRandom random, String[] values, double[] shares) {
        double r = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            r -= shares[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
