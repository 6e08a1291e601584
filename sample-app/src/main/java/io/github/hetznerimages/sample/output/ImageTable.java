package io.github.hetznerimages.sample.output;

import io.github.hetznerimages.images.Image;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Renders images as a plain-text table, one row per image, columns as wide as their widest cell: id, type,
 * status, name or description, architecture, size, created, protected, labels.
 */
public final class ImageTable {

    private static final List<Column> COLUMNS = List.of(
            new Column("ID", image -> String.valueOf(image.id())),
            new Column("TYPE", image -> ImageFormat.value(image.type())),
            new Column("STATUS", image -> ImageFormat.value(image.status())),
            new Column("NAME/DESCRIPTION", ImageFormat::title),
            new Column("ARCH", image -> ImageFormat.value(image.architecture())),
            new Column("SIZE", ImageFormat::size),
            new Column("CREATED", ImageFormat::created),
            new Column("PROTECTED", ImageFormat::protection),
            new Column("LABELS", ImageFormat::labels));

    private static final String GAP = "  ";

    private ImageTable() {}

    /** The header line followed by one line per image, in the order given; no trailing spaces. */
    public static List<String> render(List<Image> images) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS.stream().map(Column::header).toList());
        for (Image image : images) {
            rows.add(COLUMNS.stream().map(c -> c.value().apply(image)).toList());
        }
        int[] widths = new int[COLUMNS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(row.get(i));
                if (i < widths.length - 1) {
                    line.append(" ".repeat(widths[i] - row.get(i).length())).append(GAP);
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /**
     * One column of the table.
     *
     * @param header the column's heading
     * @param value the cell text of an image
     */
    private record Column(String header, Function<Image, String> value) {}
}
