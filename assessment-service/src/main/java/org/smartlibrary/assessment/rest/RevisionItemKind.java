package org.smartlibrary.assessment.rest;

import org.smartlibrary.assessment.api.ApiExamples;
import org.smartlibrary.assessment.api.GoalRequest;
import org.smartlibrary.assessment.api.GoalView;
import org.smartlibrary.assessment.api.NeedRequest;
import org.smartlibrary.assessment.api.NeedView;
import org.smartlibrary.assessment.api.OfferRequest;
import org.smartlibrary.assessment.api.OfferView;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What tells goals, needs and offers apart in the REST API.
 *
 * @param collection       the path segment under the assessment, also the plural ("goals")
 * @param item             the singular ("goal"); the item's path parameter is {@code item + "Id"}
 * @param anItem           the singular with its article ("a goal", "an offer")
 * @param viewSchema       the OpenAPI schema of the view ("Goal")
 * @param idOf             the id of a view, for the Location of a new item
 * @param requestExamples  the OpenAPI examples of the request body, by name (JSON texts)
 * @param viewExamples     the OpenAPI examples of one item, by name (JSON texts)
 * @param listExamples     the OpenAPI examples of the list of items, by name (JSON texts)
 * @param <V>              the view
 */
record RevisionItemKind<V>(String collection, String item, String anItem, String viewSchema, Function<V, UUID> idOf,
                           Map<String, String> requestExamples, Map<String, String> viewExamples,
                           Map<String, String> listExamples) {

    static final RevisionItemKind<GoalView> GOALS = new RevisionItemKind<>("goals", "goal", "a goal", "Goal", GoalView::id,
            examples("makerspace", GoalRequest.EXAMPLE),
            examples("makerspace", ApiExamples.GOAL),
            examples("northgate-goals", ApiExamples.GOAL_LIST));
    static final RevisionItemKind<NeedView> NEEDS = new RevisionItemKind<>("needs", "need", "a need", "Need", NeedView::id,
            examples("robot-kits", NeedRequest.EXAMPLE, "recurring-money", NeedRequest.EXAMPLE_RECURRING_MONEY),
            examples("robot-kits", ApiExamples.NEED, "recurring-money", ApiExamples.MONEY_NEED),
            examples("northgate-needs", ApiExamples.NEED_LIST));
    static final RevisionItemKind<OfferView> OFFERS = new RevisionItemKind<>("offers", "offer", "an offer", "Offer",
            OfferView::id,
            examples("space", OfferRequest.EXAMPLE),
            examples("space", ApiExamples.OFFER),
            examples("northgate-offers", ApiExamples.OFFER_LIST));

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

    /**
     * The documentation text (or operationId) with the kind's words for {@code {an item}}, {@code {items}},
     * {@code {item}}, {@code {Items}} and {@code {Item}}: "list{Items}" becomes "listGoals", "create{Item}"
     * "createGoal".
     */
    String words(String text) {
        return text == null ? null
                : text.replace("{an item}", anItem).replace("{items}", collection).replace("{item}", item)
                .replace("{Items}", capitalized(collection)).replace("{Item}", capitalized(item));
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Name, JSON text, name, JSON text, ... in this order. */
    private static Map<String, String> examples(String... namesAndTexts) {
        Map<String, String> examples = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            examples.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return Collections.unmodifiableMap(examples);
    }
}
