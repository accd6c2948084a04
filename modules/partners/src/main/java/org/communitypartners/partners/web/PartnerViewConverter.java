package org.communitypartners.partners.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.partners.api.PartnerView;
import org.communitypartners.partners.application.PartnerRegistry;

/** Turns a posted partner id back into a partner, through the registry's scope check. */
@FacesConverter(forClass = PartnerView.class, managed = true)
public class PartnerViewConverter implements Converter<PartnerView> {

    @Inject
    PartnerRegistry registry;

    @Override
    public PartnerView getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return registry.get(Long.parseLong(value));
        } catch (NumberFormatException | NotFoundInScope e) {
            throw new ConverterException(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, PartnerView partner) {
        return partner == null ? "" : String.valueOf(partner.id());
    }
}
