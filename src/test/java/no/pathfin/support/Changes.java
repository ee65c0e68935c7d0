package no.pathfin.support;

import java.math.BigDecimal;
import no.pathfin.domain.Setting;
import no.pathfin.domain.ruleset.ParameterChanges;
import no.pathfin.domain.ruleset.ParameterField;
import no.pathfin.domain.ruleset.ParameterPath;

/** Parameter changes written the short way in tests. */
public final class Changes {

    private Changes() {
    }

    public static ParameterChanges share(Setting setting, String share) {
        return tariff(setting, ParameterField.ISF_SHARE, new BigDecimal(share));
    }

    public static ParameterChanges tariff(Setting setting, ParameterField field, Object value) {
        return ParameterChanges.of(ParameterPath.tariff(setting, field), value);
    }

    public static ParameterChanges weight(String groupCode, String weight) {
        return ParameterChanges.of(ParameterPath.weight(groupCode), new BigDecimal(weight));
    }
}
