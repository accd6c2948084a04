package org.communitypartners.kernel.api;

import com.lowagie.text.pdf.BaseFont;

/**
 * The Chinese font every printed document (ledger bulletin, certificate, quarterly report)
 * embeds, so the paper reads the same on any PDF reader, with or without fonts of its own.
 * The font comes from the server (setting {@code cp.print.cjk-font}, else the Debian package
 * {@code fonts-wqy-microhei}); nothing is downloaded.
 */
public interface PrintFont {

    /**
     * The font, embedded as a subset of the characters a document uses.
     *
     * @throws PrintFontMissing when the server has no usable CJK font (REST answers 503)
     */
    BaseFont embedded();
}
