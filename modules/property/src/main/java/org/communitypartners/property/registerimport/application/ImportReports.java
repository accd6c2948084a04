package org.communitypartners.property.registerimport.application;

import org.communitypartners.kernel.api.KernelBundle;
import org.communitypartners.property.registerimport.application.ImportReport.Problem;
import org.communitypartners.property.registerimport.domain.ImportProblem;
import org.communitypartners.property.registerimport.infrastructure.XlsxRegisterSheet;

/** Words a problem of the check in both languages. */
final class ImportReports {

    private ImportReports() {
    }

    static Problem problem(ImportProblem p) {
        Object[] arguments = p.arguments().toArray();
        return new Problem(p.row(), p.column() == null ? null : p.column().letter(),
                p.column() == null ? null : XlsxRegisterSheet.heading(p.column()),
                KernelBundle.format(p.bundle(), KernelBundle.CHINESE, p.key(), arguments),
                KernelBundle.format(p.bundle(), KernelBundle.ENGLISH, p.key(), arguments));
    }
}
