package org.communitypartners.property.registerimport.domain;

import java.util.function.IntConsumer;
import org.communitypartners.kernel.api.FieldCipher;

/** Where an import reads the compound's register from and writes its plan to. */
public interface RegisterImportRepository {

    /** The compound's buildings, units, owners' shares and ID-number hashes, read in a few queries. */
    RegisterSnapshot snapshot(long compoundId);

    /**
     * Writes the plan in the caller's transaction; {@code written} hears the running count of rows
     * (buildings, units, owners) written so far.
     */
    void write(long compoundId, ImportPlan plan, RegisterSnapshot snapshot, FieldCipher cipher, IntConsumer written);
}
