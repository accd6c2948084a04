package org.communitypartners.property.registerimport.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.property.application.CompoundAccess;
import org.communitypartners.kernel.api.FieldCipher;
import org.communitypartners.property.domain.OwnerIdKey;
import org.communitypartners.property.registerimport.application.ImportReport.Status;
import org.communitypartners.property.registerimport.domain.ImportPlan;
import org.communitypartners.property.registerimport.domain.ImportProblem;
import org.communitypartners.property.registerimport.domain.RegisterImportCheck;
import org.communitypartners.property.registerimport.domain.RegisterImportCheck.Outcome;
import org.communitypartners.property.registerimport.domain.RegisterImportRepository;
import org.communitypartners.property.registerimport.domain.RegisterSnapshot;
import org.communitypartners.property.registerimport.domain.SheetRow;
import org.communitypartners.property.registerimport.infrastructure.XlsxRegisterSheet;

/**
 * One import in one transaction: read, check against the register as it is now, and write only
 * when every row is valid. The audit log gets the counts, never an ID number.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
public class RegisterImportWork {
    private static final String ACTION = "property.import";

    @Inject
    CompoundAccess access;
    @Inject
    RegisterImportRepository repository;
    @Inject
    @OwnerIdKey
    FieldCipher cipher;
    @Inject
    AuditTrail audit;

    public ImportReport run(ImportJob job, byte[] file) {
        long compoundId = job.compoundId();
        access.writable(compoundId);
        List<SheetRow> rows;
        try {
            rows = XlsxRegisterSheet.read(new ByteArrayInputStream(file), job::reading);
        } catch (RuleViolation unreadable) {
            audit.record(ACTION, CompoundAccess.COMPOUND, compoundId, AuditResult.FAILED, unreadable.messageKey());
            return new ImportReport(Status.REFUSED, 0, 0, 0, 0,
                    List.of(ImportReports.problem(ImportProblem.of(0, null, unreadable))));
        }
        job.checking(rows.size());
        RegisterSnapshot snapshot = repository.snapshot(compoundId);
        Outcome outcome = RegisterImportCheck.check(rows, snapshot, cipher::lookupHash);
        if (!outcome.valid()) {
            long badRows = outcome.problems().stream().mapToInt(ImportProblem::row).distinct().count();
            audit.record(ACTION, CompoundAccess.COMPOUND, compoundId, AuditResult.FAILED, "refused: rows="
                    + outcome.rows() + " badRows=" + badRows + " problems=" + outcome.problems().size());
            return new ImportReport(Status.REFUSED, outcome.rows(), 0, 0, 0,
                    outcome.problems().stream().map(ImportReports::problem).toList());
        }
        ImportPlan plan = outcome.plan();
        job.writing(0, plan.size());
        repository.write(compoundId, plan, snapshot, cipher, written -> job.writing(written, plan.size()));
        audit.success(ACTION, CompoundAccess.COMPOUND, compoundId, "rows=" + outcome.rows() + " buildings="
                + plan.buildings().size() + " units=" + plan.units().size() + " owners=" + plan.owners().size());
        return new ImportReport(Status.IMPORTED, outcome.rows(), plan.buildings().size(), plan.units().size(),
                plan.owners().size(), List.of());
    }
}
