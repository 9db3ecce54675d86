package org.smartlibrary.deploy.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartlibrary.client.assessment.api.AssessmentsApi;
import org.smartlibrary.client.assessment.api.GoalsApi;
import org.smartlibrary.client.assessment.api.LibrariesApi;
import org.smartlibrary.client.assessment.api.NeedsApi;
import org.smartlibrary.client.assessment.api.OffersApi;
import org.smartlibrary.client.assessment.api.SummariesApi;
import org.smartlibrary.client.assessment.model.Assessment;
import org.smartlibrary.client.assessment.model.AssessmentStatus;
import org.smartlibrary.client.assessment.model.CreateAssessmentRequest;
import org.smartlibrary.client.assessment.model.Goal;
import org.smartlibrary.client.assessment.model.GoalRequest;
import org.smartlibrary.client.assessment.model.Horizon;
import org.smartlibrary.client.assessment.model.Library;
import org.smartlibrary.client.assessment.model.LibraryOffer;
import org.smartlibrary.client.assessment.model.LibraryRequest;
import org.smartlibrary.client.assessment.model.Location;
import org.smartlibrary.client.assessment.model.Need;
import org.smartlibrary.client.assessment.model.NeedRequest;
import org.smartlibrary.client.assessment.model.Offer;
import org.smartlibrary.client.assessment.model.OfferRequest;
import org.smartlibrary.client.assessment.model.ProgramArea;
import org.smartlibrary.client.matching.api.PartnerMatchesApi;
import org.smartlibrary.client.matching.api.RecommendationsApi;
import org.smartlibrary.client.matching.model.FeedbackOutcome;
import org.smartlibrary.client.matching.model.FeedbackRequest;
import org.smartlibrary.client.matching.model.Recommendations;
import org.smartlibrary.client.matching.model.Status;
import org.smartlibrary.client.partner.api.OfferingsApi;
import org.smartlibrary.client.partner.api.PartnerAdministrationApi;
import org.smartlibrary.client.partner.api.PartnersApi;
import org.smartlibrary.client.partner.model.Category;
import org.smartlibrary.client.partner.model.ContactInput;
import org.smartlibrary.client.partner.model.Offering;
import org.smartlibrary.client.partner.model.OfferingHorizon;
import org.smartlibrary.client.partner.model.OfferingRequest;
import org.smartlibrary.client.partner.model.Partner;
import org.smartlibrary.client.partner.model.PartnerRegistration;
import org.smartlibrary.client.partner.model.PartnerType;
import org.smartlibrary.client.partner.model.ResourceTypeCode;
import org.smartlibrary.client.partner.model.ServiceAreaInput;
import org.smartlibrary.client.partner.model.VerificationChange;
import org.smartlibrary.client.partner.model.VerificationState;
import org.smartlibrary.testkit.TestTokens;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The services as a client developer meets them: Java clients generated at build time from the services' own
 * OpenAPI documents (openapi-generator, deploy/pom.xml) drive one happy path per tag against the packaged
 * services. A document that lies about a path, a parameter, a schema or a code list fails here, in the generated
 * code's (de)serialization or in the assertions.
 */
class GeneratedClientsIT {

    private static final String ADMIN = TestTokens.platformAdmin();
    private static final String REGION = "Generated Client Valley " + UUID.randomUUID();
    private static final String CONSORTIUM = "Generated Client Consortium " + UUID.randomUUID();

    private static Suite suite;
    private static Library library;
    private static String staff;
    private static Partner partner;
    private static String partnerAdmin;

    @BeforeAll
    static void startSuiteAndRegister() throws Exception {
        suite = Suite.start();
        library = new LibrariesApi(assessmentClient(ADMIN)).createLibrary(new LibraryRequest()
                .name("Generated Client Library").consortium(CONSORTIUM).region(REGION).city("Clientville")
                .location(new Location().latitude(47.6).longitude(-122.3)), null);
        staff = TestTokens.libraryStaff(library.getId());
        partner = new PartnersApi(partnerClient(ADMIN)).createPartner(new PartnerRegistration()
                .name("Generated Client Robotics " + UUID.randomUUID()).partnerType(PartnerType.IT_COMPANY)
                .description("Robot kits for coding clubs")
                .contact(new ContactInput().name("Ada").email("ada@generated-client.example.org"))
                .serviceArea(new ServiceAreaInput().regions(List.of(REGION))), null);
        partnerAdmin = TestTokens.partnerAdmin(partner.getId());
    }

    @Test
    void libraries() throws Exception {
        LibrariesApi libraries = new LibrariesApi(assessmentClient(ADMIN));
        assertEquals("Generated Client Library", libraries.getLibrary(library.getId()).getName());
        assertTrue(libraries.listLibraries(null, CONSORTIUM, null, 20, null).getItems().stream()
                .anyMatch(listed -> listed.getId().equals(library.getId())));
    }

    @Test
    void partnersAndTheirAdministration() throws Exception {
        PartnersApi partners = new PartnersApi(partnerClient(ADMIN));
        assertEquals(partner.getName(), partners.getPartner(partner.getId()).getName());
        String etag = partners.getPartnerWithHttpInfo(partner.getId()).getHeaders().get("ETag").get(0);
        Partner verified = new PartnerAdministrationApi(partnerClient(ADMIN))
                .verifyPartner(partner.getId(), etag, new VerificationChange().verification(VerificationState.VERIFIED));
        assertEquals(VerificationState.VERIFIED, verified.getVerification());
        assertTrue(partners.listPartners(null, null, null, null, 20, PartnerType.IT_COMPANY, null, REGION, null, null,
                null, null, null, null).getItems().stream().anyMatch(listed -> listed.getId().equals(partner.getId())));
    }

    @Test
    void offerings() throws Exception {
        OfferingsApi offerings = new OfferingsApi(partnerClient(partnerAdmin));
        Offering kits = offerings.createPartnerOffering(partner.getId(), robotKits(40), null);
        assertEquals(ResourceTypeCode.TECHNOLOGY_ROBOTICS, offerings.getPartnerOffering(kits.getId(), partner.getId()).getType());
        assertTrue(offerings.listPartnerOfferings(partner.getId()).getItems().stream()
                .anyMatch(listed -> listed.getId().equals(kits.getId())));
    }

    @Test
    void assessmentsGoalsNeedsOffersAndSummaries() throws Exception {
        Assessment assessment = draft("Goals, needs and offers through a generated client");
        Goal goal = new GoalsApi(assessmentClient(staff)).createGoal(assessment.getId(),
                new GoalRequest().programArea(ProgramArea.STEM).description("A coding club"), null, null);
        NeedsApi needs = new NeedsApi(assessmentClient(staff));
        Need need = needs.createNeed(assessment.getId(), robotsNeed(20).goalId(goal.getId()), null, null);
        assertEquals(goal.getId(), needs.getNeed(assessment.getId(), need.getId()).getGoalId());
        OffersApi offers = new OffersApi(assessmentClient(staff));
        Offer space = offers.createOffer(assessment.getId(),
                new OfferRequest().type(LibraryOffer.SPACE).description("Our makerspace"), null, null);
        assertEquals(List.of(space.getId()), offers.listOffers(assessment.getId()).stream().map(Offer::getId).toList());
        assertEquals(1, new GoalsApi(assessmentClient(staff)).listGoals(assessment.getId()).size());

        AssessmentsApi assessments = new AssessmentsApi(assessmentClient(staff));
        Assessment completed = assessments.completeAssessment(assessment.getId(), etagOf(assessment), null);
        assertEquals(AssessmentStatus.COMPLETED, completed.getStatus());
        org.smartlibrary.client.assessment.model.AssessmentSummary summary =
                new SummariesApi(assessmentClient(staff)).getAssessmentSummary(assessment.getId(), null, null);
        assertEquals(List.of(1, 1, 1), List.of(summary.getGoalCount(), summary.getNeedCount(), summary.getOfferCount()));
        org.smartlibrary.client.assessment.model.ConsortiumNeedsAggregate consortium =
                new SummariesApi(assessmentClient(TestTokens.consortiumAnalyst(CONSORTIUM)))
                        .getConsortiumNeedsAggregate(CONSORTIUM);
        assertEquals(1, consortium.getMemberLibraries());
        assertTrue(consortium.getAssessmentsIncluded() >= 1);
    }

    @Test
    void recommendationsAndPartnerMatches() throws Exception {
        new OfferingsApi(partnerClient(partnerAdmin)).createPartnerOffering(partner.getId(), robotKits(500), null);
        Assessment assessment = draft("Recommendations through a generated client");
        new NeedsApi(assessmentClient(staff)).createNeed(assessment.getId(), robotsNeed(100), null, null);
        new AssessmentsApi(assessmentClient(staff)).completeAssessment(assessment.getId(), etagOf(assessment), null);

        RecommendationsApi recommendations = new RecommendationsApi(matchingClient(staff));
        Recommendations ready = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> recommendations.getRecommendations(assessment.getId(), null, null),
                        set -> set.getStatus() == Status.READY && set.getRecommendations().stream()
                                .anyMatch(recommended -> recommended.getPartnerId().equals(partner.getId())));
        assertEquals(library.getName(), ready.getLibraryName());
        recommendations.recordRecommendationFeedback(assessment.getId(), partner.getId(),
                new FeedbackRequest().outcome(FeedbackOutcome.CONTACTED).note("Called them"), null);
        assertEquals(FeedbackOutcome.CONTACTED, recommendations.listRecommendationFeedback(assessment.getId(),
                partner.getId(), null, 20).getItems().get(0).getOutcome());
        assertTrue(recommendations.listExcludedCandidates(assessment.getId(), null, 20).getTotal() >= 0);

        assertTrue(new PartnerMatchesApi(matchingClient(partnerAdmin)).listPartnerMatchingLibraries(partner.getId(), null, 20)
                .getItems().stream().anyMatch(match -> match.getAssessmentId().equals(assessment.getId())));
    }

    @Test
    void operations() throws Exception {
        assertTrue(new org.smartlibrary.client.assessment.api.OperationsApi(assessmentClient(ADMIN)).getOutboxState()
                .getParked() >= 0);
        assertTrue(new org.smartlibrary.client.partner.api.OperationsApi(partnerClient(ADMIN)).getOutboxState()
                .getParked() >= 0);
        assertTrue(new org.smartlibrary.client.matching.api.OperationsApi(matchingClient(ADMIN)).getOutboxState()
                .getParked() >= 0);
    }

    private static Assessment draft(String title) throws Exception {
        return new AssessmentsApi(assessmentClient(staff)).createAssessment(
                new CreateAssessmentRequest().libraryId(library.getId()).title(title), null);
    }

    /** The assessment's ETag, read as a client reads it before a write, to send as If-Match. */
    private static String etagOf(Assessment assessment) throws Exception {
        return new AssessmentsApi(assessmentClient(staff)).getAssessmentWithHttpInfo(assessment.getId()).getHeaders()
                .get("ETag").get(0);
    }

    private static NeedRequest robotsNeed(int robots) {
        return new NeedRequest().category(org.smartlibrary.client.assessment.model.Category.TECHNOLOGY)
                .type(org.smartlibrary.client.assessment.model.ResourceTypeCode.TECHNOLOGY_ROBOTICS)
                .description("Robots for the coding club").quantity(BigDecimal.valueOf(robots)).unit("kits")
                .horizon(Horizon.SHORT_TERM).priority(5);
    }

    private static OfferingRequest robotKits(int kits) {
        return new OfferingRequest().category(Category.TECHNOLOGY).type(ResourceTypeCode.TECHNOLOGY_ROBOTICS)
                .description("Educational robot kits").quantity(BigDecimal.valueOf(kits)).unit("kits")
                .horizon(OfferingHorizon.ANY);
    }

    private static Consumer<HttpRequest.Builder> bearer(String token) {
        return request -> request.header("Authorization", "Bearer " + token);
    }

    private static org.smartlibrary.client.assessment.ApiClient assessmentClient(String token) {
        org.smartlibrary.client.assessment.ApiClient client = new org.smartlibrary.client.assessment.ApiClient();
        client.updateBaseUri(suite.assessmentUrl());
        client.setRequestInterceptor(bearer(token));
        return client;
    }

    private static org.smartlibrary.client.partner.ApiClient partnerClient(String token) {
        org.smartlibrary.client.partner.ApiClient client = new org.smartlibrary.client.partner.ApiClient();
        client.updateBaseUri(suite.partnerUrl());
        client.setRequestInterceptor(bearer(token));
        return client;
    }

    private static org.smartlibrary.client.matching.ApiClient matchingClient(String token) {
        org.smartlibrary.client.matching.ApiClient client = new org.smartlibrary.client.matching.ApiClient();
        client.updateBaseUri(suite.matchingUrl());
        client.setRequestInterceptor(bearer(token));
        return client;
    }
}
