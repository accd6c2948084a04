/** Kernel use cases; each public method is a transaction and checks the caller's role and scope. */
package org.communitypartners.kernel.application;
