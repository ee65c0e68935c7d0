package no.pathfin.adapter.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import no.pathfin.application.port.InvalidRequestException;
import no.pathfin.application.table.ExportTables;
import no.pathfin.application.table.ReadTables;

/**
 * Files to download: a job's result file in the form the query asks for ({@code format=csv}, the default, as it is
 * written; {@code xlsx}, a workbook; {@code csv-no}, the CSV a Norwegian Excel opens), and workbooks of tables.
 * Converted files are made whole before the answer starts, so a refusal is still a problem, never half a file.
 */
final class Downloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv; charset=utf-8";
    static final List<String> FORMATS = List.of("csv", "xlsx", "csv-no");

    /** Null when the server was started without spreadsheets: results then come as they are written only. */
    private final ExportTables exports;

    Downloads(ExportTables exports) {
        this.exports = exports;
    }

    boolean offersSpreadsheets() {
        return exports != null;
    }

    /** The format a result is asked for: {@code csv} unless the query names another; 400 for one not offered. */
    static String format(Context ctx) {
        String format = Query.text(ctx, "format");
        if (format == null) {
            return "csv";
        }
        if (!FORMATS.contains(format)) {
            throw Query.refused("format", "'" + Shown.cut(format) + "' is not a format offered; use csv, xlsx or csv-no");
        }
        return format;
    }

    /** Refuses a conversion the file or the server cannot give, before the file is opened. */
    void check(String format, String file) {
        if (format.equals("csv")) {
            return;
        }
        if (exports == null) {
            throw ProblemException.notFound("this server offers its results as written only (format=csv)", "format");
        }
        if (!file.endsWith(".csv")) {
            throw refused("format", Shown.cut(file) + " is not a table; xlsx and csv-no are offered for the CSV"
                    + " results");
        }
    }

    /** Sends a result file in the format asked for ({@link #check} has passed). */
    void result(Context ctx, String format, String file, InputStream stream) {
        String name = file.substring(file.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "-");
        String base = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        switch (format) {
            case "xlsx" -> attachment(ctx, base + ".xlsx").contentType(XLSX)
                    .result(written(out -> exports.resultWorkbook(name, stream, out)));
            case "csv-no" -> attachment(ctx, base + "-no.csv").contentType(CSV)
                    .result(written(out -> exports.resultNorwegianCsv(name, stream, out)));
            default -> ctx.contentType(file.endsWith(".json") ? "application/json" : CSV).result(stream);
        }
    }

    /** A workbook of tables as sent ({@code POST /api/v1/spreadsheets}). */
    void workbook(Context ctx, String title, List<ReadTables.SheetInput> sheets) {
        String[] name = new String[1];
        byte[] workbook = written(out -> name[0] = exports.workbook(title, sheets, out));
        attachment(ctx, name[0]).contentType(XLSX).result(workbook);
    }

    /** Writes a file, a refusal of the table becoming a 422 that names the field at fault. */
    private static byte[] written(java.util.function.Consumer<ByteArrayOutputStream> writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writing.accept(out);
        } catch (InvalidRequestException e) {
            throw refused(e.field(), e.getMessage().substring(e.field().length() + 2));
        }
        return out.toByteArray();
    }

    static ProblemException refused(String field, String message) {
        return new ProblemException(422, "urn:pathfin:problem:invalid-table", "The table cannot be written",
                field + ": " + message, List.of(new ProblemException.FieldError(field, message)));
    }

    private static Context attachment(Context ctx, String fileName) {
        return ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}
