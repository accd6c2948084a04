/** Use cases of the merchant library and the circle: the transaction boundary, scope, switches and audit. */
package org.communitypartners.merchants.library.application;
