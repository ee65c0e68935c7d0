package no.pathfin.adapter.web;

import io.javalin.http.Context;

/** Workbooks over HTTP: the tables a client shows, sent as JSON, answered as an .xlsx file to download. */
final class SpreadsheetController {

    private final Downloads downloads;
    private final Bodies bodies;

    SpreadsheetController(Downloads downloads, Bodies bodies) {
        this.downloads = downloads;
        this.bodies = bodies;
    }

    void create(Context ctx) {
        SpreadsheetBodies.SpreadsheetRequest request = bodies.read(ctx, "SpreadsheetRequest",
                SpreadsheetBodies.SpreadsheetRequest.class);
        Limits.spreadsheet(request);
        downloads.workbook(ctx, request.title(), SpreadsheetBodies.sheets(request));
    }
}
