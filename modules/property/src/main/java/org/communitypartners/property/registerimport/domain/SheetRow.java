package org.communitypartners.property.registerimport.domain;

import java.util.Arrays;

/** One row of the sheet as read: its Excel row number and the text of each column (null when empty). */
public record SheetRow(int number, String[] cells) {

    public SheetRow {
        cells = Arrays.copyOf(cells, RegisterColumn.values().length);
    }

    public String cell(RegisterColumn column) {
        String text = cells[column.ordinal()];
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isBlank() {
        return Arrays.stream(cells).allMatch(c -> c == null || c.isBlank());
    }

    boolean hasOwner() {
        return cell(RegisterColumn.OWNER_NAME) != null || cell(RegisterColumn.ID_NUMBER) != null
                || cell(RegisterColumn.PHONE) != null || cell(RegisterColumn.SHARE) != null;
    }
}
