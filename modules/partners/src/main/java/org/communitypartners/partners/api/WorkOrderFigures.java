package org.communitypartners.partners.api;

import java.util.List;

/** Work-order figures for the dashboard, for a subdistrict the caller sees. */
public interface WorkOrderFigures {

    /** Complaint orders per compound of the subdistrict submitted in the quarter (China time). */
    List<ComplaintCount> complaints(long subdistrictId, int year, int quarter);
}
