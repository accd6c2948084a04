/** The Guangling demo's two years of work orders, planned in plain Java so their shape is tested. */
package org.communitypartners.partners.demo.domain;
