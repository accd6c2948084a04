/** Writes the demo's rows with past timestamps straight into the partners module's tables. */
package org.communitypartners.partners.demo.infrastructure;
