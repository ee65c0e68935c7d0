package no.pathfin.api;

import static no.pathfin.api.Conformance.conforms;
import static no.pathfin.spreadsheet.Workbooks.format;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import no.pathfin.spreadsheet.Workbooks;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job's result files in the three forms over real HTTP: as written, as a workbook, and as the CSV a Norwegian
 * Excel opens; a hospital that reads as a formula stays text in each.
 */
class ResultDownloadsApiTest {

    private static final String RESULT = "/api/v1/reprice-jobs/{id}/results/{file}";
    private static final String HEADER = "pathway_id,hospital_id,contact_id,date,kind,mode,setting,ambulant,personnel,"
            + "performer,group_code,procedure_code,replaces_planned_visit,documented";

    @TempDir
    static Path temp;
    private static String job;

    /** Two hospitals: one whose id a spreadsheet would run as a formula, one with a semicolon and æøå in its name. */
    @BeforeAll
    static void reprice() throws Exception {
        Path activity = temp.resolve("activity.csv");
        Files.writeString(activity, HEADER + "\n"
                + "P1,@SUM(1+1),P1-1,2024-06-20,assessment,in-person,somatic,false,physician,hospital,ORT-ASSESS,,false,true\n"
                + "P2,Helse Sør-Øst; Oslo,P2-1,2024-06-20,control,in-person,somatic,false,physician,hospital,ORT-CONTROL,,false,true\n");
        JsonNode done = RepriceJobApiTest.finishedJob(activity.toString());
        assertEquals(0, done.get("summary").get("badRows").asLong(), done.toString());
        job = "/api/v1/reprice-jobs/" + done.get("id").asText() + "/results/";
    }

    private static ApiServer.Download download(String path) {
        ApiServer.Download answer = ApiServer.download(path);
        conforms("GET", path.startsWith("/api/v1/projection") ? "/api/v1/projection-jobs/{id}/results/{file}" : RESULT,
                answer.reply());
        return answer;
    }

    @Test
    void a_result_as_a_workbook_has_its_amounts_as_money_its_contacts_as_counts_and_its_hospitals_as_text() {
        ApiServer.Download answer = download(job + "by-hospital.csv?format=xlsx");

        assertEquals(200, answer.status(), answer.reply().body());
        assertEquals(SpreadsheetApiTest.XLSX, answer.contentType());
        assertEquals("attachment; filename=\"by-hospital.xlsx\"", answer.disposition());
        XSSFSheet sheet = Workbooks.open(answer.body()).getSheet("by-hospital");
        assertEquals(List.of("hospital", "contacts", "isf-2024_kr", "isf-2025-plan_kr"), List.of(
                sheet.getRow(0).getCell(0).getStringCellValue(), sheet.getRow(0).getCell(1).getStringCellValue(),
                sheet.getRow(0).getCell(2).getStringCellValue(), sheet.getRow(0).getCell(3).getStringCellValue()));
        // an assessment (0.040): 0.040 × 52 248 × 0.40 = 835.968 → 835.97; at 30 %: 626.976 → 626.98
        var formula = sheet.getRow(1);
        assertEquals(CellType.STRING, formula.getCell(0).getCellType());
        assertEquals("@SUM(1+1)", formula.getCell(0).getStringCellValue());
        assertTrue(formula.getCell(0).getCellStyle().getQuotePrefixed());
        assertEquals(1, formula.getCell(1).getNumericCellValue());
        assertEquals("#,##0", format(formula.getCell(1)));
        assertEquals(835.97, formula.getCell(2).getNumericCellValue());
        assertEquals("#,##0.00", format(formula.getCell(2)));
        assertEquals(626.98, formula.getCell(3).getNumericCellValue());
        assertEquals("Helse Sør-Øst; Oslo", sheet.getRow(2).getCell(0).getStringCellValue());
    }

    @Test
    void a_result_in_the_norwegian_form_has_a_byte_order_mark_semicolons_and_decimal_commas() {
        ApiServer.Download answer = download(job + "by-hospital.csv?format=csv-no");

        assertEquals(200, answer.status(), answer.reply().body());
        assertEquals("text/csv; charset=utf-8", answer.contentType());
        assertEquals("attachment; filename=\"by-hospital-no.csv\"", answer.disposition());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(answer.body(), 3));
        String[] lines = new String(answer.body(), 3, answer.body().length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertTrue(lines[0].startsWith("hospital;contacts;isf-2024_kr;isf-2025-plan_kr;isf-2024:bundle_kr;"), lines[0]);
        assertTrue(lines[1].startsWith("'@SUM(1+1);1;835,97;626,98;"), lines[1]);
        assertTrue(lines[1].contains(";-208,99;-25,00"), lines[1]);
        assertTrue(lines[2].startsWith("\"Helse Sør-Øst; Oslo\";1;626,98;470,23;"), lines[2]);
        // the same file as written: commas and points, the hospital behind its quote
        ApiServer.Reply plain = ApiServer.get(job + "by-hospital.csv");
        assertTrue(plain.body().contains("\n'@SUM(1+1),1,835.97,626.98,"), plain.body());
    }

    @Test
    void a_projection_result_comes_as_a_workbook_with_years_and_in_the_norwegian_form() {
        String id = ProjectionJobApiTest.finishedProjection("{\"scenario\": \"demography\"}").get("id").asText();
        String file = "/api/v1/projection-jobs/" + id + "/results/projection-by-year.csv";

        XSSFSheet sheet = Workbooks.open(download(file + "?format=xlsx").body()).getSheet("projection-by-year");
        var last = sheet.getRow(12);
        assertEquals(2035, last.getCell(0).getNumericCellValue());
        assertEquals("0", format(last.getCell(0)));
        assertEquals("#,##0.00", format(last.getCell(1)), "expected contacts, to two decimals");
        assertEquals("#,##0.000", format(last.getCell(2)), "points, to three decimals");
        assertEquals(91131.43, last.getCell(3).getNumericCellValue()); // isf_kr, as ProjectionJobApiTest
        String csv = new String(download(file + "?format=csv-no").body(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFyear;contacts;points;isf_kr;"), csv);
        assertTrue(csv.contains("\r\n2035;") && csv.contains(";91131,43;"), csv);
    }

    @Test
    void a_format_not_offered_is_a_bad_request_and_the_summary_is_not_a_table() {
        ApiServer.Reply unknown = download(job + "by-hospital.csv?format=ods").reply();
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals(List.of("format"), unknown.fields());
        ApiServer.Reply twice = download(job + "by-hospital.csv?format=xlsx&format=csv").reply();
        assertEquals(400, twice.status(), twice.body());
        ApiServer.Reply summary = download(job + "summary.json?format=xlsx").reply();
        assertEquals(422, summary.status(), summary.body());
        assertEquals(List.of("format"), summary.fields());
        ApiServer.Reply missing = download(job + "nope.csv?format=xlsx").reply();
        assertEquals(404, missing.status(), missing.body());
        assertEquals(List.of("file"), missing.fields());
    }
}
