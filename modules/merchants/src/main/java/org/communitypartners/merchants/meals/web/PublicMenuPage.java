package org.communitypartners.merchants.meals.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.merchants.meals.application.PublicMenuView;
import org.communitypartners.merchants.meals.application.PublicMenus;

/** Today's menu of a community's meal points on a resident's phone ({@code /meals/index.xhtml?c=<community code>}). */
@Named("publicMealMenuPage")
@ViewScoped
public class PublicMenuPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PublicMenus menus;
    @Inject
    Feedback feedback;

    private String community;
    private PublicMenuView view;

    public void load() {
        view = null;
        if (community == null || community.isBlank()) {
            return;
        }
        try {
            view = menus.today(community);
        } catch (NotFoundInScope unknown) {
            feedback.info("common.notFound");
        }
    }

    public PublicMenuView getView() {
        return view;
    }

    public String getCommunity() {
        return community;
    }

    public void setCommunity(String community) {
        this.community = community;
    }
}
