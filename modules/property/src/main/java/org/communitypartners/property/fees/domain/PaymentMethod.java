package org.communitypartners.property.fees.domain;

/** How an owner paid, as written on the receipt. */
public enum PaymentMethod {
    CASH, WECHAT, ALIPAY, BANK_TRANSFER, CARD;

    /** The method named in a request; an unknown name is a broken rule, not a server error. */
    public static PaymentMethod parse(String name) {
        for (PaymentMethod method : values()) {
            if (method.name().equals(name == null ? null : name.strip())) {
                return method;
            }
        }
        throw FeeRules.violation("fees.payment.method");
    }
}
