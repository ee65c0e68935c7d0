package no.pathfin.adapter.rules;

import java.util.List;
import java.util.Map;
import no.pathfin.application.port.DataFileException;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/** Compiles a rule set's DRL files into one KieBase, or fails naming the file and line of every error. */
final class DrlCompiler {

    private DrlCompiler() {
    }

    /** @param drlFiles display path (e.g. {@code rules/common/phone.drl}) → file content, in a stable order */
    static KieBase compile(String ruleSetId, Map<String, byte[]> drlFiles) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        drlFiles.forEach((path, content) -> {
            Resource resource = ResourceFactory.newByteArrayResource(content);
            resource.setSourcePath(path);
            batch.add(resource, ResourceType.DRL);
        });
        batch.build();
        if (builder.hasErrors()) {
            List<KnowledgeBuilderError> errors = List.copyOf(builder.getErrors());
            KnowledgeBuilderError first = errors.get(0);
            String file = first.getResource() == null ? "rule set " + ruleSetId : first.getResource().getSourcePath();
            StringBuilder problem = new StringBuilder(describe(first));
            for (KnowledgeBuilderError other : errors.subList(1, errors.size())) {
                problem.append(System.lineSeparator()).append("  also: ")
                        .append(other.getResource() == null ? "" : other.getResource().getSourcePath())
                        .append(line(other) > 0 ? " line " + line(other) : "")
                        .append(": ").append(describe(other));
            }
            throw new DataFileException(file, line(first), 0, "DRL does not compile: " + problem);
        }
        return builder.newKieBase();
    }

    /** The error's own line; for errors found after parsing (a bad constraint), the line of the rule it is in. */
    private static int line(KnowledgeBuilderError error) {
        int[] lines = error.getLines();
        int line = lines == null || lines.length == 0 ? 0 : lines[0];
        if (line <= 0 && error instanceof DescrBuildError built) {
            BaseDescr descr = built.getDescr();
            line = descr != null && descr.getLine() > 0 ? descr.getLine()
                    : built.getParentDescr() != null ? built.getParentDescr().getLine() : 0;
        }
        return Math.max(line, 0);
    }

    private static String describe(KnowledgeBuilderError error) {
        String message = error.getMessage().strip();
        if (error instanceof DescrBuildError built && built.getParentDescr() instanceof RuleDescr rule) {
            return "in rule \"" + rule.getName() + "\": " + message;
        }
        return message;
    }
}
