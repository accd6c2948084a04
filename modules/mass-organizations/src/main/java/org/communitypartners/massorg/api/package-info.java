/** What the mass-organizations module offers other modules (the dashboard): organisations' yearly targets against actuals. */
package org.communitypartners.massorg.api;
