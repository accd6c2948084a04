/** The Guangling demo's meal point: 天福社区's, run by 天康集团, with its 孝亲套餐 and two years of served meals. */
package org.communitypartners.merchants.meals.demo;
