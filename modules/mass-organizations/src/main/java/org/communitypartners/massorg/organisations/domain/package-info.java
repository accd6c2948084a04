/** Mass organisations (a partner of kind mass organisation with its kind and served communities) and their members. */
package org.communitypartners.massorg.organisations.domain;
