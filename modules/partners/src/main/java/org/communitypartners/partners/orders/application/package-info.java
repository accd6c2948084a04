/**
 * The work-order desks of the three parties (community, partner, resident), the escalation job,
 * dispatch rules, scorecards, and the api other modules raise and follow orders with.
 */
package org.communitypartners.partners.orders.application;
