/**
 * Work-order screens (board, order record, partner inbox, dispatch rules, the public report and
 * tracking pages), their REST resources, photos and the timeline export.
 */
package org.communitypartners.partners.orders.web;
