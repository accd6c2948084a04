/** The indicators every module offers the dashboard and quarterly report, and the quarter they are measured in. */
package org.communitypartners.kernel.api.indicators;
