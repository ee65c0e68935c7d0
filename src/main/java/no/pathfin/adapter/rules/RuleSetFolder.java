package no.pathfin.adapter.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.pathfin.application.port.DataFileException;
import no.pathfin.domain.Codes;
import no.pathfin.domain.ruleset.CostWeight;
import no.pathfin.domain.ruleset.Parameters;
import no.pathfin.domain.ruleset.RuleSetInfo;
import no.pathfin.domain.ruleset.RuleSetStatus;
import no.pathfin.domain.ruleset.Validity;
import no.pathfin.domain.ruleset.WeightTable;
import org.kie.api.KieBase;

/**
 * One rule-set folder: {@code manifest.yaml}, {@code parameters.yaml}, a weight table, optional
 * {@code bundles.yaml}, its own DRL files and those of the folders it includes. The content hash is SHA-256 over
 * every one of those files (path and bytes, in path order), so a change to any rule or figure changes the hash.
 */
final class RuleSetFolder {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Path root;
    private final Path folder;
    private final Map<String, byte[]> hashed = new TreeMap<>();

    private final Map<String, KieBase> compiled;
    private final Map<String, KieBase> reusable;

    /**
     * @param compiled KieBases already built in this load, by the hash of their DRL files: identical rules compile once
     * @param reusable KieBases of the previous load, by the same hash, that may be reused as they are
     */
    RuleSetFolder(Path root, Path folder, Map<String, KieBase> compiled, Map<String, KieBase> reusable) {
        this.root = root;
        this.folder = folder;
        this.compiled = compiled;
        this.reusable = reusable;
    }

    /** What a folder resolves to once the rule set it extends (if any) is resolved under it. */
    private record Resolution(Manifest manifest, Validity validity, RuleSetStatus status, ObjectNode parameters,
                              Map<String, String> origins, Map<String, CostWeight> weights,
                              Map<String, ObjectNode> bundles, Map<String, Map.Entry<String, byte[]>> drl,
                              String parametersFile, String bundlesFile) {
    }

    DroolsRuleSet load() {
        Resolution r = resolve(new java.util.HashSet<>());
        Manifest manifest = r.manifest();
        WeightTable weights = WeightTable.of(r.weights().values());
        ParameterFiles.ParametersFile parametersFile = tree(r.parametersFile(), r.parameters(),
                ParameterFiles.ParametersFile.class);
        ObjectNode bundlesTree = YAML.createObjectNode();
        bundlesTree.putArray("bundles").addAll(r.bundles().values());
        ParameterFiles.BundlesFile bundlesFile = tree(r.bundlesFile(), bundlesTree, ParameterFiles.BundlesFile.class);
        Parameters parameters = ParameterMapping.parameters(r.parametersFile(), parametersFile, weights, r.bundlesFile(),
                bundlesFile);
        Map<String, byte[]> drl = new LinkedHashMap<>();
        r.drl().values().forEach(e -> drl.put(e.getKey(), e.getValue()));
        if (drl.isEmpty()) {
            throw new DataFileException(display(folder.resolve("manifest.yaml")), 0, 0,
                    "the rule set has no DRL file (include 'common'?)");
        }
        RuleSetInfo info = new RuleSetInfo(manifest.id(), manifest.title(), manifest.description(), r.validity(),
                r.status(), manifest.sources(), contentHash(), manifest.base(), r.origins());
        String rulesHash = hash(drl);
        KieBase kieBase = compiled.get(rulesHash);
        if (kieBase == null) {
            kieBase = reusable.containsKey(rulesHash) ? reusable.get(rulesHash) : DrlCompiler.compile(manifest.id(), drl);
            compiled.put(rulesHash, kieBase);
        }
        return new DroolsRuleSet(info, parameters, kieBase, hash(drl));
    }

    /**
     * Reads this folder on top of the one it extends: parameters merged leaf by leaf (each leaf remembers which rule
     * set set it), weight rows and bundles replaced or added by key, DRL files replaced or added by file name.
     */
    private Resolution resolve(java.util.Set<String> seen) {
        String manifestPath = display(folder.resolve("manifest.yaml"));
        Manifest manifest = yaml(folder.resolve("manifest.yaml"), Manifest.class);
        String folderName = folder.getFileName().toString();
        if (manifest.id() == null || !manifest.id().equals(folderName)) {
            throw new DataFileException(manifestPath, 0, 0, "id '" + manifest.id() + "' must equal the folder name '"
                    + folderName + "'");
        }
        if (!seen.add(manifest.id())) {
            throw new DataFileException(manifestPath, 0, 0, "extends itself through " + seen);
        }
        Resolution base = null;
        if (manifest.base() != null) {
            Path baseFolder = root.resolve(manifest.base()).normalize();
            if (!Files.isRegularFile(baseFolder.resolve("manifest.yaml"))) {
                throw new DataFileException(manifestPath, 0, 0, "extends '" + manifest.base()
                        + "', which is not a rule set folder under " + display(root));
            }
            RuleSetFolder parent = new RuleSetFolder(root, baseFolder, compiled, reusable);
            base = parent.resolve(seen);
            hashed.putAll(parent.hashed);
        }
        Validity validity = manifest.validFrom() == null && manifest.validTo() == null && base != null
                ? base.validity() : validity(manifest, manifestPath);
        RuleSetStatus status = manifest.status() == null && base != null ? base.status()
                : parse(manifestPath, "status", () -> Codes.parse(RuleSetStatus.class, manifest.status()));

        ObjectNode parameters = base == null ? YAML.createObjectNode() : base.parameters().deepCopy();
        Map<String, String> origins = base == null ? new TreeMap<>() : new TreeMap<>(base.origins());
        Path parametersPath = folder.resolve(manifest.parameters());
        String parametersFile = base != null && !Files.exists(parametersPath) ? base.parametersFile() : display(parametersPath);
        if (base == null || Files.exists(parametersPath)) {
            TreeMerge.merge(parameters, yaml(parametersPath, ObjectNode.class), "", manifest.id(), origins);
        }

        Map<String, CostWeight> weights = base == null ? new LinkedHashMap<>() : new LinkedHashMap<>(base.weights());
        Path weightsPath = folder.resolve(manifest.weights()).normalize();
        if (base == null || Files.exists(weightsPath)) {
            for (CostWeight row : WeightCsv.parse(display(weightsPath), text(weightsPath)).byCode().values()) {
                weights.put(row.groupCode(), row);
                origins.put("weights." + row.groupCode(), manifest.id());
            }
        }

        Map<String, ObjectNode> bundles = base == null ? new LinkedHashMap<>() : new LinkedHashMap<>(base.bundles());
        String bundlesFile = base == null ? null : base.bundlesFile();
        Path bundlesPath = folder.resolve(manifest.bundles() == null ? "bundles.yaml" : manifest.bundles());
        if (manifest.bundles() != null || (base != null && Files.exists(bundlesPath))) {
            bundlesFile = display(bundlesPath);
            ObjectNode file = yaml(bundlesPath, ObjectNode.class);
            int index = 0;
            for (com.fasterxml.jackson.databind.JsonNode bundle : file.path("bundles")) {
                String id = bundle.path("id").asText("bundle-" + index++);
                bundles.put(id, (ObjectNode) bundle);
                origins.put("bundles." + id, manifest.id());
            }
        }

        Map<String, Map.Entry<String, byte[]>> drl = base == null ? new TreeMap<>() : new TreeMap<>(base.drl());
        for (String include : manifest.include()) {
            Path included = root.resolve(include).normalize();
            if (!Files.isDirectory(included)) {
                throw new DataFileException(manifestPath, 0, 0, "included folder '" + include + "' does not exist");
            }
            drlFiles(included).forEach((path, bytes) -> drl.put(name(path), Map.entry(path, bytes)));
        }
        drlFiles(folder).forEach((path, bytes) -> {
            drl.put(name(path), Map.entry(path, bytes));
            origins.put("rules." + name(path), manifest.id());
        });
        return new Resolution(manifest, validity, status, parameters, origins, weights, bundles, drl, parametersFile,
                bundlesFile);
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private <T> T tree(String file, ObjectNode tree, Class<T> type) {
        try {
            return YAML.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            Path path = root.toAbsolutePath().normalize().getParent().resolve(file);
            int line = 0;
            try {
                line = Files.isRegularFile(path) ? lineOf(Files.readAllBytes(path), e.getPropertyName()) : 0;
            } catch (IOException io) {
                line = 0;
            }
            throw new DataFileException(file, line, 0, fieldPath(e) + ": unknown field '" + e.getPropertyName()
                    + "'; known fields: " + e.getKnownPropertyIds());
        } catch (JsonProcessingException e) {
            throw new DataFileException(file, 0, 0, (e instanceof com.fasterxml.jackson.databind.JsonMappingException m
                    ? fieldPath(m) + ": " : "") + e.getOriginalMessage());
        }
    }

    private Validity validity(Manifest manifest, String manifestPath) {
        if (manifest.validFrom() == null || manifest.validTo() == null) {
            throw new DataFileException(manifestPath, 0, 0, "validFrom and validTo are required");
        }
        return parse(manifestPath, "validTo", () -> new Validity(manifest.validFrom(), manifest.validTo()));
    }

    private Map<String, byte[]> drlFiles(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                files.put(display(path), bytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private <T> T yaml(Path path, Class<T> type) {
        byte[] content = bytes(path);
        try {
            T value = YAML.readValue(content, type);
            if (value == null) {
                throw new DataFileException(display(path), 0, 0, "the file is empty");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new DataFileException(display(path), lineOf(content, e.getPropertyName()), 0,
                    fieldPath(e) + ": unknown field '" + e.getPropertyName()
                    + "'; known fields: " + e.getKnownPropertyIds());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new DataFileException(display(path), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code tariffs.somatic.isfShere}, {@code bundles[0].price}: where in the file a mapping error is. */
    static String fieldPath(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Where a field name first appears as a key, since Jackson reports record fields at the end of their object. */
    private static int lineOf(byte[] content, String key) {
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\n", -1);
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("^\\s*(- )?\"?" + java.util.regex.Pattern.quote(key) + "\"?\\s*:");
        for (int i = 0; i < lines.length; i++) {
            if (pattern.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    private String text(Path path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    private byte[] bytes(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new DataFileException(display(path), 0, 0, "file not found");
        }
        try {
            byte[] content = Files.readAllBytes(path);
            hashed.put(display(path), content);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path as people see it: relative to the rules root's parent, with forward slashes. */
    private String display(Path path) {
        Path base = root.toAbsolutePath().normalize().getParent();
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = base != null && absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    private String contentHash() {
        return hash(hashed);
    }

    private static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((path, content) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content);
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T parse(String file, String field, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DataFileException(file, 0, 0, field + ": " + e.getMessage());
        }
    }

    static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
