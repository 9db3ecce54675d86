package org.smartlibrary.matching.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.kafka.KafkaClients;
import org.smartlibrary.matching.Consortia;
import org.smartlibrary.matching.DatabaseRows;
import org.smartlibrary.matching.Events;
import org.smartlibrary.matching.Events.Place;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Member libraries completing their assessments one right after another (a consortium's assessment campaign closing)
 * are pooled in one consortium re-match once the completions have settled, not one per completion. Runs with
 * {@link PartnerChangeSettlingTest}'s profile (settle 1 s, maximum wait 4 s, topics of its own), so no further
 * application start.
 */
@QuarkusTest
@TestProfile(PartnerChangeSettlingTest.ShortSettle.class)
class ConsortiumSettlingTest {

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    private Events events;

    @BeforeEach
    void openProducer() {
        events = new Events(clients);
    }

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void sixCompletionsInQuickSuccessionAreOneConsortiumSetVersion() {
        Place place = Place.unique();
        String consortium = Consortia.uniqueName();
        List<String> libraries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ObjectNode member = Consortia.member(place, consortium, 30);
            libraries.add(Events.libraryId(member).toString());
            events.send(PartnerChangeSettlingTest.ASSESSMENTS, member);
        }

        JsonPath pooled = Consortia.awaitMembers(consortium, 6);

        assertThat(pooled.getInt("set_version")).isEqualTo(1);
        assertThat(rows.consortiumSets(consortium)).isEqualTo(1L);
        assertThat(pooled.<String>getList("members.library_id")).containsExactlyInAnyOrderElementsOf(libraries);
        assertThat(pooled.getInt("pooled_needs[0].quantity")).isEqualTo(180);
        assertThat(pooled.getString("trigger")).isEqualTo("ASSESSMENT_COMPLETED");
        assertThat(pooled.getString("changes.compared_with_set_version")).isNull();
        assertThat(pooled.<String>getList("changes.members_joined.library_id"))
                .containsExactlyInAnyOrderElementsOf(libraries);
    }
}
