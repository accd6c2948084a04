/** Use cases of activities and registrations: the transaction boundary, scope, switches and audit. */
package org.communitypartners.massorg.application;
