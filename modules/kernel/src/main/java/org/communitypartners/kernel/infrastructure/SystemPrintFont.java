package org.communitypartners.kernel.infrastructure;

import com.lowagie.text.pdf.BaseFont;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.PrintFont;
import org.communitypartners.kernel.api.PrintFontMissing;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's CJK font, loaded once. A configured path is the only one tried, so a typo is
 * reported rather than quietly replaced by another font.
 */
@ApplicationScoped
public class SystemPrintFont implements PrintFont {
    /** Debian packages with TrueType glyphs OpenPDF can embed (Noto CJK ships CFF outlines it cannot). */
    static final List<Path> DEBIAN_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));

    private final List<Path> candidates;
    private volatile BaseFont loaded;

    @Inject
    SystemPrintFont(@ConfigProperty(name = "cp.print.cjk-font") Optional<String> configured) {
        this(configured.filter(path -> !path.isBlank()).map(path -> List.of(Path.of(path))).orElse(DEBIAN_FONTS));
    }

    SystemPrintFont(List<Path> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** For CDI's client proxy. */
    protected SystemPrintFont() {
        this.candidates = DEBIAN_FONTS;
    }

    @Override
    public BaseFont embedded() {
        BaseFont font = loaded;
        if (font == null) {
            font = load();
            loaded = font;
        }
        return font;
    }

    private BaseFont load() {
        Path file = candidates.stream().filter(Files::isReadable).findFirst()
                .orElseThrow(() -> new PrintFontMissing(candidates.toString(), null));
        // A TrueType collection names its first face with ",0".
        String name = file.toString().toLowerCase().endsWith(".ttc") ? file + ",0" : file.toString();
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (Exception unusable) {
            throw new PrintFontMissing(file.toString(), unusable);
        }
    }
}
