/**
 * The kernel: mechanisms every module shares (organisation tree, tenancy, module switches,
 * security, audit, i18n, layout). It knows no feature module.
 */
package org.communitypartners.kernel;
