package no.pathfin.adapter.pathways;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.pathfin.adapter.json.JsonFormats;
import no.pathfin.application.port.DataFileException;
import no.pathfin.application.port.MissingFolderException;
import no.pathfin.application.port.PathwayCatalog;
import no.pathfin.domain.workbench.FixtureApproval;
import no.pathfin.domain.workbench.PathwayFixture;
import no.pathfin.domain.workbench.PlanFixture;

/**
 * Every {@code *.json} pathway fixture under a folder (one subfolder per family), and every plan fixture under its
 * {@code plans/} subfolder, read once.
 */
public final class JsonPathwayCatalog implements PathwayCatalog {

    /** The subfolder of plan fixtures. */
    static final String PLANS = "plans";

    private final List<PathwayFixture> fixtures;
    private final List<PlanFixture> plans;
    private final Map<String, Path> files;

    private JsonPathwayCatalog(List<PathwayFixture> fixtures, List<PlanFixture> plans, Map<String, Path> files) {
        this.fixtures = List.copyOf(fixtures);
        this.plans = List.copyOf(plans);
        this.files = Map.copyOf(files);
    }

    public static JsonPathwayCatalog load(Path root) {
        if (!Files.isDirectory(root)) {
            throw new MissingFolderException(MissingFolderException.Folder.PATHWAYS, root);
        }
        List<PathwayFixture> fixtures = new ArrayList<>();
        List<PlanFixture> plans = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        Map<String, Path> paths = new HashMap<>();
        Path plansFolder = root.resolve(PLANS);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String shown = display(root, path);
                if (path.startsWith(plansFolder)) {
                    plans.add(JsonFormats.readJson(Files.readAllBytes(path), PlanFixtureFile.class, shown).fixture(shown));
                    continue;
                }
                PathwayFixture fixture = FixtureMapping.fixture(shown, read(shown, path));
                String earlier = ids.putIfAbsent(fixture.pathway().id(), shown);
                if (earlier != null) {
                    throw new DataFileException(shown, 0, 0, "id '" + fixture.pathway().id() + "' is also used by " + earlier);
                }
                fixtures.add(fixture);
                paths.put(shown, path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new JsonPathwayCatalog(fixtures, plans, paths);
    }

    private static FixtureFile read(String shown, Path path) throws IOException {
        return JsonFormats.readJson(Files.readAllBytes(path), FixtureFile.class, shown);
    }

    private static String display(Path root, Path path) {
        Path name = root.toAbsolutePath().normalize().getFileName();
        String relative = root.relativize(path).toString().replace('\\', '/');
        return (name == null ? "" : name + "/") + relative;
    }

    @Override
    public void approve(FixtureApproval approval) {
        FixtureWriter.approve(files.get(approval.fixture().file()), approval);
    }

    @Override
    public List<PathwayFixture> all() {
        return fixtures;
    }

    @Override
    public List<PlanFixture> plans() {
        return plans;
    }
}
