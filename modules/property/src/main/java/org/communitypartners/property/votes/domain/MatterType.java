package org.communitypartners.property.votes.domain;

/**
 * The nine matters owners decide jointly, in the order of Civil Code art. 278 (第二百七十八条).
 * The article's second paragraph asks a qualified majority (three quarters of the participating
 * area and heads) for items 6 to 8: raising (筹集) the maintenance fund, altering or rebuilding
 * (改建、重建) the building and its facilities, and changing the use of common parts or running a
 * business on them. Using (使用) the maintenance fund is item 5 and needs only a simple majority,
 * as the article lists it; item 9 is "other major matters" by name, but the law still counts it
 * among the "other matters" decided by more than half.
 */
public enum MatterType {
    /** (一) 制定和修改业主大会议事规则 */
    RULES_OF_PROCEDURE(1),
    /** (二) 制定和修改管理规约 */
    MANAGEMENT_STATUTE(2),
    /** (三) 选举业主委员会或者更换业主委员会成员 */
    COMMITTEE_ELECTION(3),
    /** (四) 选聘和解聘物业服务企业或者其他管理人 */
    PROPERTY_MANAGER(4),
    /** (五) 使用建筑物及其附属设施的维修资金 */
    MAINTENANCE_FUND_USE(5),
    /** (六) 筹集建筑物及其附属设施的维修资金 */
    MAINTENANCE_FUND_RAISING(6),
    /** (七) 改建、重建建筑物及其附属设施 */
    REBUILDING(7),
    /** (八) 改变共有部分的用途或者利用共有部分从事经营活动 */
    COMMON_PARTS_USE(8),
    /** (九) 有关共有和共同管理权利的其他重大事项 */
    OTHER_MAJOR_MATTER(9);

    private final int item;

    MatterType(int item) {
        this.item = item;
    }

    /** The item number in art. 278, paragraph 1. */
    public int item() {
        return item;
    }

    /** Items 6 to 8: agreement needs three quarters instead of more than half. */
    public boolean qualifiedMajority() {
        return item >= 6 && item <= 8;
    }
}
