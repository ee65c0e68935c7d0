package no.pathfin.application.table;

import java.util.List;
import java.util.Objects;

/** A workbook to download: its title (also its file name) and its tables, one sheet each. */
public record Spreadsheet(String title, List<Table> tables) {

    public Spreadsheet {
        Objects.requireNonNull(title, "title");
        tables = List.copyOf(tables);
    }

    /** The file name the title gives: letters and digits kept (æ, ø and å spelled ae, o and a), the rest a hyphen. */
    public String fileName(String extension) {
        String plain = java.text.Normalizer.normalize(title.toLowerCase(java.util.Locale.ROOT)
                .replace("æ", "ae").replace("ø", "o").replace("å", "a"), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String name = plain.length() > 80 ? plain.substring(0, 80).replaceAll("-+$", "") : plain;
        return (name.isEmpty() ? "table" : name) + "." + extension;
    }
}
