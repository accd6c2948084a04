/** Persistence conventions every module's persistence unit uses. */
package org.communitypartners.kernel.api.persistence;
