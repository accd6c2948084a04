package org.communitypartners.partners.orders.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitypartners.partners.orders.application.OrderLoop;
import org.communitypartners.partners.orders.domain.WorkOrderCategory;
import org.omnifaces.util.Faces;

/** Category names in the page's language, for every work-order screen. */
@Named
@RequestScoped
public class OrderCategories {

    @Inject
    OrderLoop loop;

    private List<WorkOrderCategory> offered;
    private Map<String, WorkOrderCategory> byCode;

    public List<WorkOrderCategory> getOffered() {
        if (offered == null) {
            offered = loop.categories();
            byCode = offered.stream().collect(Collectors.toMap(WorkOrderCategory::getCode, Function.identity()));
        }
        return offered;
    }

    public String name(String code) {
        getOffered();
        WorkOrderCategory category = byCode.get(code);
        if (category == null) {
            return code;
        }
        return "en".equals(Faces.getLocale().getLanguage()) ? category.getNameEn() : category.getNameZh();
    }
}
