package no.pathfin.adapter.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.risk.Design;
import no.pathfin.application.risk.Sensitivity;
import no.pathfin.domain.InvalidValue;
import no.pathfin.domain.pricing.FinancingModel;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.ParameterPath;

/** {@code risk}'s designs and sensitivity as the command line writes them; a fault is a usage error naming the option. */
final class RiskOptions {

    private RiskOptions() {
    }

    /** {@code LABEL=MODEL;PATH=VALUE;…}. */
    static Design design(String written) {
        int eq = written.indexOf('=');
        if (eq < 1) {
            throw new InvalidRequestException("--design", "write LABEL=MODEL[;PARAMETER=VALUE...], not '" + written + "'");
        }
        String[] parts = written.substring(eq + 1).split(";");
        FinancingModel model = Cli.model("--design", parts[0].strip());
        ParameterChanges overrides = ParameterChanges.NONE;
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].split("=", 2);
            if (pair.length != 2) {
                throw new InvalidRequestException("--design", "write each parameter as PARAMETER=VALUE, not '" + parts[i] + "'");
            }
            ParameterPath path = path(pair[0].strip(), "--design");
            overrides = overrides.plus(ParameterChanges.of(path, value(path, pair[1].strip(), "--design")));
        }
        return new Design(written.substring(0, eq).strip(), model, overrides);
    }

    /** {@code PATH=V1,V2,…}, of the design labelled {@code varyDesign} or by default the one {@link #defaultVaried}. */
    static Sensitivity sensitivity(String vary, String varyDesign, List<Design> chosen) {
        String[] pair = vary.split("=", 2);
        if (pair.length != 2) {
            throw new InvalidRequestException("--vary", "write PARAMETER=V1,V2,..., not '" + vary + "'");
        }
        ParameterPath path = path(pair[0].strip(), "--vary");
        List<Object> values = new ArrayList<>();
        for (String v : pair[1].split(",")) {
            values.add(number(v.strip(), "--vary"));
        }
        String label = varyDesign != null ? varyDesign : defaultVaried(chosen, path);
        return new Sensitivity(label, path, values);
    }

    /** The last design whose model reads the parameter (a bundle's, a period payment's), else the last design. */
    private static String defaultVaried(List<Design> chosen, ParameterPath path) {
        FinancingModel reads = switch (path.field().scope()) {
            case BUNDLE -> FinancingModel.BUNDLE;
            case PERIOD -> FinancingModel.PERIOD;
            default -> null;
        };
        for (int i = chosen.size() - 1; i >= 0; i--) {
            if (reads == null || chosen.get(i).model() == reads) {
                return chosen.get(i).label();
            }
        }
        return chosen.get(chosen.size() - 1).label();
    }

    private static ParameterPath path(String written, String option) {
        try {
            return ParameterPath.parse(written, option);
        } catch (InvalidValue e) {
            throw new InvalidRequestException(option, e.getMessage());
        }
    }

    private static Object value(ParameterPath path, String written, String option) {
        try {
            return path.field().parse(number(written, option));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new InvalidRequestException(option, "'" + written + "' is no value of " + path);
        }
    }

    private static BigDecimal number(String written, String option) {
        try {
            return new BigDecimal(written);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(option, "'" + written + "' is not a number");
        }
    }
}
