package org.communitypartners.property.registerimport.application;

import java.util.List;

/**
 * The outcome of an import as screens and REST show it: every problem with its row, column
 * and message in Chinese and English. Never carries an ID number, only masked ones in messages.
 */
public record ImportReport(Status status, int rows, int buildings, int units, int owners, List<Problem> problems) {

    public enum Status {
        /** Every row was valid and is written. */
        IMPORTED,
        /** At least one problem: nothing was written. */
        REFUSED,
        /** Valid, but writing failed (e.g. someone entered the same unit meanwhile): nothing was written. */
        FAILED
    }

    /** {@code row} 0 and no column: a problem of the whole file. */
    public record Problem(int row, String column, String heading, String messageZh, String messageEn) {

        public String message(boolean chinese) {
            return chinese ? messageZh : messageEn;
        }
    }

    public ImportReport {
        problems = List.copyOf(problems);
    }
}
