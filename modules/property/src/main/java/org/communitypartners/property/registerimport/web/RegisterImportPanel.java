package org.communitypartners.property.registerimport.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.registerimport.application.ImportJob;
import org.communitypartners.property.registerimport.application.ImportReport;
import org.communitypartners.property.registerimport.application.RegisterImport;
import org.omnifaces.cdi.ViewScoped;

/**
 * The import panel of the register screen: upload an .xlsx, watch the progress bar while the
 * job runs in the background, then read the report (every bad row and column) or the counts.
 */
@Named("registerImportPanel")
@ViewScoped
public class RegisterImportPanel implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RegisterImport imports;
    @Inject
    Feedback feedback;

    private transient Part file;
    private String jobId;
    private ImportJob.Progress progress;

    public void upload(long compoundId) {
        progress = null;
        jobId = null;
        feedback.attemptIn(PropertyModule.BUNDLE, () -> jobId = imports.start(compoundId, bytes(file)).id(), null);
    }

    /** Polled by the progress bar: percent done, 100 once the report is there. */
    public int getPercent() {
        if (jobId == null) {
            return 0;
        }
        progress = imports.progress(jobId);
        return progress.percent();
    }

    public boolean isRunning() {
        return jobId != null && (progress == null || progress.report() == null);
    }

    public ImportReport getReport() {
        return progress == null ? null : progress.report();
    }

    public ImportJob.Progress getProgress() {
        return progress;
    }

    public List<ImportReport.Problem> getProblems() {
        return getReport() == null ? List.of() : getReport().problems();
    }

    public boolean isChinese() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage()
                .equals(Locale.CHINESE.getLanguage());
    }

    private static byte[] bytes(Part part) {
        if (part == null || part.getSize() == 0) {
            throw new RuleViolation(PropertyModule.BUNDLE, "import.noFile");
        }
        if (part.getSize() > RegisterImport.MAX_BYTES) {
            throw new RuleViolation(PropertyModule.BUNDLE, "import.tooLarge", RegisterImport.MAX_BYTES / (1024 * 1024));
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new RuleViolation(PropertyModule.BUNDLE, "import.noFile");
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
