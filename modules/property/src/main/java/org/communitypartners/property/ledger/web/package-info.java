/** The ledger on screen and over HTTP: the parties' screen and REST, the public bulletin page, its JSON export, verification and PDF. */
package org.communitypartners.property.ledger.web;
