/**
 * What feature modules may use from the kernel: roles, the caller's scope, module switches,
 * the audit trail, the organisation directory, and the {@link org.communitypartners.kernel.api.FeatureModule} SPI.
 */
package org.communitypartners.kernel.api;
