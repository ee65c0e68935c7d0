package no.pathfin.adapter.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The checked figures as a JUnit XML report, in the schema Surefire and Ant write and CI servers read: one test suite
 * per fixture file, one test case per stated figure, a failure per broken one stating expected, actual and the
 * difference. Times are in seconds; a fixture's time is shared evenly among its figures (the figures of one pricing
 * are computed together).
 */
final class JUnitReport {

    private JUnitReport() {
    }

    static void write(Path file, List<CheckedFigure.Fixture> suites) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeCharacters("\n");
                xml.writeStartElement("testsuites");
                xml.writeAttribute("name", "pathfin check-fixtures");
                counts(xml, suites.stream().mapToLong(s -> s.figures().size()).sum(),
                        suites.stream().mapToLong(CheckedFigure.Fixture::failures).sum(),
                        suites.stream().mapToDouble(CheckedFigure.Fixture::seconds).sum());
                for (CheckedFigure.Fixture suite : suites) {
                    suite(xml, suite);
                }
                xml.writeCharacters("\n");
                xml.writeEndElement();
                xml.writeCharacters("\n");
                xml.writeEndDocument();
                xml.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JUnit report " + file, e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit report " + file, e);
        }
    }

    private static void suite(XMLStreamWriter xml, CheckedFigure.Fixture suite) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", suite.file());
        counts(xml, suite.figures().size(), suite.failures(), suite.seconds());
        String classname = suite.file().replaceFirst("\\.json$", "").replace('/', '.').replace('\\', '.');
        String each = seconds(suite.figures().isEmpty() ? 0 : suite.seconds() / suite.figures().size());
        for (CheckedFigure figure : suite.figures()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", classname);
            xml.writeAttribute("name", figure.name());
            xml.writeAttribute("time", each);
            if (!figure.holds()) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("failure");
                xml.writeAttribute("message", "expected " + figure.expected() + ", actual " + figure.actual()
                        + ", difference " + figure.difference());
                xml.writeAttribute("type", "FixtureFigureDiffers");
                xml.writeCharacters(figure.file() + ": " + figure.name() + "\nexpected   " + figure.expected()
                        + "\nactual     " + figure.actual() + "\ndifference " + figure.difference() + "\n");
                xml.writeEndElement();
                xml.writeCharacters("\n    ");
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void counts(XMLStreamWriter xml, long tests, long failures, double seconds)
            throws XMLStreamException {
        xml.writeAttribute("tests", Long.toString(tests));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(seconds));
    }

    /** Plain seconds for machines: {@code 0.125}. */
    private static String seconds(double seconds) {
        return BigDecimal.valueOf(seconds).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
}
