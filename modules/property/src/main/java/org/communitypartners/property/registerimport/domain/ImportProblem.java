package org.communitypartners.property.registerimport.domain;

import java.util.Arrays;
import java.util.List;
import org.communitypartners.kernel.api.RuleViolation;

/**
 * One bad cell: its row and column and what is wrong, as a message key of a bundle with its
 * arguments, so the report reads in Chinese and English. A whole-file problem has row 0 and no column.
 */
public record ImportProblem(int row, RegisterColumn column, String bundle, String key, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    /** A broken rule of the register as the problem of one cell (or of the file), in the rule's own words. */
    public static ImportProblem of(int row, RegisterColumn column, RuleViolation broken) {
        return new ImportProblem(row, column, broken.bundle(), broken.messageKey(), texts(broken.arguments()));
    }

    /** Arguments as text: the report travels as JSON and is worded later, in each language. */
    static List<Object> texts(Object... arguments) {
        return Arrays.stream(arguments).map(String::valueOf).map(Object.class::cast).toList();
    }
}
