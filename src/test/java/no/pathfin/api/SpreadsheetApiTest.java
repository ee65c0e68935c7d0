package no.pathfin.api;

import static no.pathfin.api.Conformance.conforms;
import static no.pathfin.spreadsheet.Workbooks.format;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.pathfin.spreadsheet.Workbooks;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/spreadsheets} over real HTTP: the workbook opened with POI, and every refusal naming its field. */
class SpreadsheetApiTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PATH = "/api/v1/spreadsheets";
    private static final String COLUMNS = "[{\"title\": \"Rule set\", \"type\": \"text\"},"
            + " {\"title\": \"ISF\", \"type\": \"money\"}, {\"title\": \"Share\", \"type\": \"percent\"},"
            + " {\"title\": \"Contacts\", \"type\": \"count\"}]";

    private static String request(String rows) {
        return "{\"title\": \"Hip replacement: ISF per rule set\", \"sheets\": [{\"name\": \"Totals\", \"columns\": "
                + COLUMNS + ", \"rows\": " + rows + ", \"notes\": [\"Population: the national plan's hip pathways\"]}]}";
    }

    private static ApiServer.Reply refused(String body, int status, String field) {
        ApiServer.Reply reply = conforms("POST", PATH, ApiServer.post(PATH, body));
        assertEquals(status, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(List.of(field), reply.fields(), reply.body());
        return reply;
    }

    @Test
    void a_table_sent_as_json_comes_back_as_a_workbook_with_its_numbers_in_their_formats() {
        ApiServer.Download answer = ApiServer.downloadPosting(PATH, request(
                "[[\"isf-2024\", \"46848.90\", \"0.4\", 1000000], [\"isf-2025-plan\", 35136.68, 0.3, null]]"));

        assertEquals(200, answer.status(), answer.reply().body());
        conforms("POST", PATH, answer.reply());
        assertEquals(XLSX, answer.contentType());
        assertEquals("attachment; filename=\"hip-replacement-isf-per-rule-set.xlsx\"", answer.disposition());
        XSSFSheet sheet = Workbooks.open(answer.body()).getSheet("Totals");
        assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold());
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
        assertEquals(CellType.STRING, sheet.getRow(1).getCell(0).getCellType());
        assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(1).getCellType());
        assertEquals(46848.90, sheet.getRow(1).getCell(1).getNumericCellValue());
        assertEquals("#,##0.00", format(sheet.getRow(1).getCell(1)));
        assertEquals(0.4, sheet.getRow(1).getCell(2).getNumericCellValue());
        assertEquals("0.0 %", format(sheet.getRow(1).getCell(2)));
        assertEquals(1_000_000, sheet.getRow(1).getCell(3).getNumericCellValue());
        assertEquals("#,##0", format(sheet.getRow(1).getCell(3)));
        assertEquals(35136.68, sheet.getRow(2).getCell(1).getNumericCellValue());
        assertEquals("Population: the national plan's hip pathways", sheet.getRow(4).getCell(0).getStringCellValue());
    }

    @Test
    void a_text_in_a_money_column_is_refused_naming_the_cell_in_plain_words() {
        ApiServer.Reply reply = refused(request("[[\"a\", \"1\", \"0.1\", 1], [\"b\", \"2\", \"0.2\", 2],"
                + " [\"c\", \"3\", \"0.3\", 3], [\"d\", \"abc\", \"0.4\", 4]]"), 422, "sheets[0].rows[3][1]");

        assertEquals("urn:pathfin:problem:invalid-table", reply.json().get("type").asText());
        assertEquals("'abc' is not a number (row 4 of the column 'ISF', which holds money); write it as a decimal"
                + " number with a point and no grouping, like 46848.90",
                reply.json().get("errors").get(0).get("message").asText());
    }

    @Test
    void a_row_of_the_wrong_length_a_fraction_of_a_count_and_a_sheet_name_used_twice_are_refused() {
        refused(request("[[\"a\", \"1\", \"0.1\", 1], [\"b\", \"2\"]]"), 422, "sheets[0].rows[1]");
        refused(request("[[\"a\", \"1\", \"0.1\", 2.5]]"), 422, "sheets[0].rows[0][3]");
        refused("{\"title\": \"t\", \"sheets\": [{\"name\": \"A\", \"columns\": " + COLUMNS + ", \"rows\": []},"
                + " {\"name\": \"a\", \"columns\": " + COLUMNS + ", \"rows\": []}]}", 422, "sheets[1].name");
    }

    @Test
    void an_unknown_column_type_a_sheet_name_excel_refuses_and_a_true_in_a_cell_break_the_contract() {
        refused("{\"title\": \"t\", \"sheets\": [{\"name\": \"A\", \"columns\": [{\"title\": \"When\", \"type\":"
                + " \"date\"}], \"rows\": []}]}", 400, "sheets[0].columns[0].type");
        refused("{\"title\": \"t\", \"sheets\": [{\"name\": \"2024/25\", \"columns\": " + COLUMNS + ", \"rows\": []}]}",
                400, "sheets[0].name");
        refused(request("[[\"a\", true, \"0.1\", 1]]"), 400, "sheets[0].rows[0][1]");
    }

    @Test
    void a_workbook_over_the_limits_is_refused_as_too_large_naming_what_to_cut() {
        String oneColumn = "[{\"title\": \"n\", \"type\": \"count\"}]";
        String rows = IntStream.range(0, 100_001).mapToObj(i -> "[1]").collect(Collectors.joining(",", "[", "]"));
        refused("{\"title\": \"t\", \"sheets\": [{\"name\": \"A\", \"columns\": " + oneColumn + ", \"rows\": " + rows
                + "}]}", 413, "sheets[0].rows");

        String threeColumns = "[{\"title\": \"a\", \"type\": \"count\"}, {\"title\": \"b\", \"type\": \"count\"},"
                + " {\"title\": \"c\", \"type\": \"count\"}]";
        String cells = IntStream.range(0, 70_000).mapToObj(i -> "[1,2,3]").collect(Collectors.joining(",", "[", "]"));
        refused("{\"title\": \"t\", \"sheets\": [{\"name\": \"A\", \"columns\": " + threeColumns + ", \"rows\": "
                + cells + "}]}", 413, "sheets");

        String sheets = IntStream.range(0, 21).mapToObj(i -> "{\"name\": \"S" + i + "\", \"columns\": " + oneColumn
                + ", \"rows\": []}").collect(Collectors.joining(",", "[", "]"));
        refused("{\"title\": \"t\", \"sheets\": " + sheets + "}", 413, "sheets");
    }
}
