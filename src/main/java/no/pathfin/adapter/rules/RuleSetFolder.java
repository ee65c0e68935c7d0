package no.pathfin.adapter.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
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
import no.pathfin.domain.Parameters;
import no.pathfin.domain.RuleSetInfo;
import no.pathfin.domain.RuleSetStatus;
import no.pathfin.domain.Validity;
import no.pathfin.domain.WeightTable;
import org.kie.api.KieBase;

/**
 * One rule-set folder: {@code manifest.yaml}, {@code parameters.yaml}, a weight table, optional
 * {@code bundles.yaml}, its own DRL files and those of the folders it includes. The content hash is SHA-256 over
 * every one of those files (path and bytes, in path order), so a change to any rule or figure changes the hash.
 */
final class RuleSetFolder {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Path root;
    private final Path folder;
    private final Map<String, byte[]> hashed = new TreeMap<>();

    private final Map<String, KieBase> compiled;

    /** @param compiled KieBases already built in this load, by the hash of their DRL files: identical rules compile once */
    RuleSetFolder(Path root, Path folder, Map<String, KieBase> compiled) {
        this.root = root;
        this.folder = folder;
        this.compiled = compiled;
    }

    DroolsRuleSet load() {
        String manifestPath = display(folder.resolve("manifest.yaml"));
        Manifest manifest = yaml(folder.resolve("manifest.yaml"), Manifest.class);
        String folderName = folder.getFileName().toString();
        if (manifest.id() == null || !manifest.id().equals(folderName)) {
            throw new DataFileException(manifestPath, 0, 0, "id '" + manifest.id() + "' must equal the folder name '"
                    + folderName + "'");
        }
        Validity validity = validity(manifest, manifestPath);
        RuleSetStatus status = parse(manifestPath, "status", () -> Codes.parse(RuleSetStatus.class, manifest.status()));

        Path weightsFile = folder.resolve(manifest.weights()).normalize();
        WeightTable weights = WeightCsv.parse(display(weightsFile), text(weightsFile));
        Parameters parameters = ParameterMapping.parameters(
                display(folder.resolve(manifest.parameters())),
                yaml(folder.resolve(manifest.parameters()), ParameterFiles.ParametersFile.class),
                weights,
                manifest.bundles() == null ? null : display(folder.resolve(manifest.bundles())),
                manifest.bundles() == null ? null : yaml(folder.resolve(manifest.bundles()), ParameterFiles.BundlesFile.class));

        Map<String, byte[]> drl = new LinkedHashMap<>();
        for (String include : manifest.include()) {
            Path included = root.resolve(include).normalize();
            if (!Files.isDirectory(included)) {
                throw new DataFileException(manifestPath, 0, 0, "included folder '" + include + "' does not exist");
            }
            drl.putAll(drlFiles(included));
        }
        drl.putAll(drlFiles(folder));
        if (drl.isEmpty()) {
            throw new DataFileException(manifestPath, 0, 0, "the rule set has no DRL file (include 'common'?)");
        }
        RuleSetInfo info = new RuleSetInfo(manifest.id(), manifest.title(), manifest.description(), validity, status,
                manifest.sources(), contentHash());
        KieBase kieBase = compiled.get(hash(drl));
        if (kieBase == null) {
            kieBase = DrlCompiler.compile(manifest.id(), drl);
            compiled.put(hash(drl), kieBase);
        }
        return new DroolsRuleSet(info, parameters, kieBase);
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
