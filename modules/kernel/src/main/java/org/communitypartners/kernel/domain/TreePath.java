package org.communitypartners.kernel.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The materialised path of a node ("/1/4/9/"): its ancestors' ids from the root, then its own. */
public record TreePath(String value) {

    private static final Pattern FORMAT = Pattern.compile("/(\\d+/)*");

    public TreePath {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a tree path: " + value);
        }
    }

    public boolean contains(TreePath other) {
        return other.value.startsWith(value);
    }

    /** Ids from the root down to this node. */
    public List<Long> ids() {
        List<Long> ids = new ArrayList<>();
        for (String part : value.substring(1).split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.valueOf(part));
            }
        }
        return ids;
    }

    /** The prefix for a SQL {@code LIKE} that matches this node and everything below it. */
    public String subtreePattern() {
        return value + "%";
    }

    /** The path a descendant gets when this node moves to {@code moved}. */
    public TreePath rebase(TreePath descendant, TreePath moved) {
        if (!contains(descendant)) {
            throw new IllegalArgumentException(descendant.value + " is not below " + value);
        }
        return new TreePath(moved.value + descendant.value.substring(value.length()));
    }
}
