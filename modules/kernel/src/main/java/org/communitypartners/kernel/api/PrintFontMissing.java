package org.communitypartners.kernel.api;

/**
 * The server has no CJK font to print with. An operator fixes it (install
 * {@code fonts-wqy-microhei} or set {@code cp.print.cjk-font}); REST answers 503 meanwhile.
 */
public class PrintFontMissing extends RuntimeException {
    public PrintFontMissing(String tried, Throwable cause) {
        super("No CJK font for printed documents; tried " + tried, cause);
    }
}
