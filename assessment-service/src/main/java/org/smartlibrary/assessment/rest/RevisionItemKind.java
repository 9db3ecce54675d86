package org.smartlibrary.assessment.rest;

import org.smartlibrary.assessment.api.GoalView;
import org.smartlibrary.assessment.api.NeedView;
import org.smartlibrary.assessment.api.OfferView;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * What tells goals, needs and offers apart in the REST API.
 *
 * @param collection the path segment under the assessment, also the plural ("goals")
 * @param item       the singular ("goal"); the item's path parameter is {@code item + "Id"}
 * @param anItem     the singular with its article ("a goal", "an offer")
 * @param viewSchema the OpenAPI schema of the view ("Goal")
 * @param idOf       the id of a view, for the Location of a new item
 * @param <V>        the view
 */
record RevisionItemKind<V>(String collection, String item, String anItem, String viewSchema, Function<V, UUID> idOf) {

    static final RevisionItemKind<GoalView> GOALS = new RevisionItemKind<>("goals", "goal", "a goal", "Goal", GoalView::id);
    static final RevisionItemKind<NeedView> NEEDS = new RevisionItemKind<>("needs", "need", "a need", "Need", NeedView::id);
    static final RevisionItemKind<OfferView> OFFERS =
            new RevisionItemKind<>("offers", "offer", "an offer", "Offer", OfferView::id);

    static final List<RevisionItemKind<?>> ALL = List.of(GOALS, NEEDS, OFFERS);

    /** The path of the collection, as the resource declares it. */
    String path() {
        return "/api/v1/assessments/{assessmentId}/" + collection;
    }

    String pathParameter() {
        return item + "Id";
    }

    UUID idOf(V view) {
        return idOf.apply(view);
    }

    /** The documentation text with the kind's words for {@code {an item}}, {@code {items}} and {@code {item}}. */
    String words(String text) {
        return text == null ? null
                : text.replace("{an item}", anItem).replace("{items}", collection).replace("{item}", item);
    }
}
