package no.pathfin.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/** Binary floating point (double, float) in a class: its fields, its signatures, and the calls it makes. */
final class FloatingPoint {

    private static final Set<String> TYPES = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

    static final ArchCondition<JavaClass> USE_IT = new ArchCondition<>("use double or float") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
            for (JavaField field : type.getFields()) {
                report(events, type, TYPES.contains(field.getRawType().getName()), "field " + field.getFullName());
            }
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                report(events, type, TYPES.contains(unit.getRawReturnType().getName()), "return type of " + unit.getFullName());
                unit.getRawParameterTypes().forEach(p -> report(events, type, TYPES.contains(p.getName()),
                        "parameter of " + unit.getFullName()));
                unit.getCallsFromSelf().forEach(call -> report(events, type,
                        TYPES.contains(call.getTargetOwner().getName())
                                || call.getTarget().resolveMember()
                                .map(m -> TYPES.contains(m.getRawReturnType().getName())).orElse(false),
                        "call " + call.getDescription()));
            }
        }
    };

    private FloatingPoint() {
    }

    private static void report(ConditionEvents events, JavaClass type, boolean uses, String where) {
        if (uses) {
            events.add(SimpleConditionEvent.satisfied(type, type.getName() + " uses floating point: " + where));
        }
    }
}
