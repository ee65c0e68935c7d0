package no.pathfin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import no.pathfin.support.TestPathfin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** check-fixtures --junit-xml: a JUnit XML report a CI server reads, one test case per stated figure. */
class CheckFixturesJUnitReportCliTest {

    @Test
    void a_passing_folder_reports_every_stated_figure_as_a_passing_test_case(@TempDir Path temp) throws Exception {
        Path report = temp.resolve("reports/fixtures.xml");

        CliRun run = CliRun.of("check-fixtures", "--junit-xml", report.toString());

        assertEquals(0, run.code(), run.out() + run.err());
        Element suites = read(report).getDocumentElement();
        int figures = TestPathfin.get().checkFixtures().check(Map.of()).size()
                + TestPathfin.get().checkPlanFixtures().check().size();
        assertEquals("testsuites", suites.getTagName());
        assertEquals(String.valueOf(figures), suites.getAttribute("tests"));
        assertEquals("0", suites.getAttribute("failures"));
        assertEquals(figures, suites.getElementsByTagName("testcase").getLength());
        assertEquals(0, suites.getElementsByTagName("failure").getLength());
        NodeList suite = suites.getElementsByTagName("testsuite");
        int sum = 0;
        for (int i = 0; i < suite.getLength(); i++) {
            Element s = (Element) suite.item(i);
            assertEquals(s.getElementsByTagName("testcase").getLength(), Integer.parseInt(s.getAttribute("tests")));
            assertEquals("0", s.getAttribute("errors"));
            assertEquals("0", s.getAttribute("skipped"));
            assertTrue(Double.parseDouble(s.getAttribute("time")) >= 0, s.getAttribute("time"));
            sum += Integer.parseInt(s.getAttribute("tests"));
        }
        assertEquals(figures, sum);
        assertTrue(suite.getLength() > 1, "a test suite per fixture file");
    }

    @Test
    void one_broken_figure_is_one_failure_stating_expected_actual_and_difference(@TempDir Path temp)
            throws Exception {
        Path pathways = Files.createDirectories(temp.resolve("pathways/hip-replacement"));
        String fixture = Files.readString(Path.of("pathways/hip-replacement/B.json"));
        String broken = fixture.replaceFirst("\"amount\": 43428.00", "\"amount\": 43400.00");
        assertTrue(!broken.equals(fixture), "the figure to break is in the fixture");
        Files.writeString(pathways.resolve("B.json"), broken);
        Path report = temp.resolve("fixtures.xml");

        CliRun run = CliRun.withPathwaysOption("check-fixtures", "--pathways", temp.resolve("pathways").toString(),
                "--junit-xml", report.toString());

        assertEquals(1, run.code(), "the exit code is the check's, report or not");
        Document xml = read(report);
        Element suites = xml.getDocumentElement();
        int figures = no.pathfin.application.Pathfin.of(TestPathfin.get().ruleSets(),
                no.pathfin.adapter.pathways.JsonPathwayCatalog.load(temp.resolve("pathways"))).checkFixtures()
                .check(Map.of()).size();
        assertEquals(String.valueOf(figures), suites.getAttribute("tests"));
        assertEquals(figures, xml.getElementsByTagName("testcase").getLength());
        assertEquals("1", suites.getAttribute("failures"));
        assertEquals(1, xml.getElementsByTagName("testsuite").getLength());
        assertEquals("1", ((Element) xml.getElementsByTagName("testsuite").item(0)).getAttribute("failures"));
        assertEquals(1, xml.getElementsByTagName("failure").getLength());
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        Element testcase = (Element) failure.getParentNode();
        assertEquals("isf-2018 / per-contact, B2", testcase.getAttribute("name"));
        assertEquals("expected 43 400.00 kr, actual 43 428.00 kr, difference +28.00 kr", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("hip-replacement/B.json"), failure.getTextContent());
    }

    private static Document read(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }
}
