/** Commitment use cases: who may create, check in, rate and raise orders; the public compliance figures. */
package org.communitypartners.property.commitments.application;
