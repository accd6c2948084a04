/**
 * Kernel use cases. Services that act for a signed-in caller check role and scope in every
 * public method; the rest (sign-in, start-up, timed jobs, the gate and directory read by
 * filters and other modules) act for the system.
 */
package org.communitypartners.kernel.application;
