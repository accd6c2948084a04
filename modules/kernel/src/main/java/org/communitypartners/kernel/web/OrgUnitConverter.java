package org.communitypartners.kernel.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.application.OrgTreeService;

/** Turns a posted node id back into a node, through the scope check: a foreign id converts to nothing. */
@FacesConverter(forClass = OrgUnitView.class, managed = true)
public class OrgUnitConverter implements Converter<OrgUnitView> {

    @Inject
    OrgTreeService tree;

    @Override
    public OrgUnitView getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return tree.get(Long.parseLong(value));
        } catch (NumberFormatException | NotFoundInScope e) {
            throw new ConverterException(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, OrgUnitView unit) {
        return unit == null ? "" : String.valueOf(unit.id());
    }
}
