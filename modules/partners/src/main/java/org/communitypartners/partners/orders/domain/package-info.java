/**
 * Work orders as plain Java: the loop's states and steps and who takes them, service levels and
 * their clocks, escalation, dispatch rules, duplicates merged into one, reporters and what each
 * audience reads of an order's timeline, and the checks on photos.
 */
package org.communitypartners.partners.orders.domain;
