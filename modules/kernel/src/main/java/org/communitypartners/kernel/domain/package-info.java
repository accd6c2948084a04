/** Kernel entities and rules in plain Java: division codes, password policy, lockout, scope, switch inheritance. */
package org.communitypartners.kernel.domain;
