/** The commitments screen and REST resource. */
package org.communitypartners.property.commitments.web;
