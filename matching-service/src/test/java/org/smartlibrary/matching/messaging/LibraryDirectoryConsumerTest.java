package org.smartlibrary.matching.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.kafka.KafkaClients;
import org.smartlibrary.matching.Api;
import org.smartlibrary.matching.Consortia;
import org.smartlibrary.matching.DatabaseRows;
import org.smartlibrary.matching.Events;
import org.smartlibrary.matching.Events.Place;
import org.smartlibrary.matching.LibraryDirectoryRows;
import org.smartlibrary.matching.LibraryDirectoryRows.Membership;
import org.smartlibrary.matching.LibraryDirectoryRows.Pool;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A platform administrator moves a library to another consortium in assessment-service; its library-snapshot moves
 * the library's demand from one pool to the other without the library completing anything. An older snapshot, a
 * redelivered one and a completion whose library data is older than the snapshot change nothing of that.
 */
@QuarkusTest
class LibraryDirectoryConsumerTest {

    private static final String LIBRARY_CHANGED = "LIBRARY_CHANGED";

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    @Inject
    LibraryDirectoryRows directory;

    private Events events;
    private final Place place = Place.unique();
    private final String first = Consortia.uniqueName();
    private final String second = Consortia.uniqueName();

    @BeforeEach
    void openProducer() {
        events = new Events(clients);
    }

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void aSnapshotMovesALibraryToAnotherPoolWithoutANewCompletion() {
        // a seller of licences, never fewer than 100: the first pool (4 x 30) reaches that, the second (3 x 30) not
        ObjectNode seller = Consortia.licenceSeller(place, 100);
        String sellerId = Events.id(seller);
        events.send(Events.PARTNERS, seller);
        rows.awaitPartners(seller);
        List<ObjectNode> firstMembers = complete(first, 4);
        complete(second, 3);
        Pool firstBefore = directory.awaitPool(first, pool -> pool.members().size() == 4);
        Pool secondBefore = directory.awaitPool(second, pool -> pool.members().size() == 3);
        assertThat(firstBefore.recommended()).containsExactly(sellerId);
        assertThat(secondBefore.recommended()).doesNotContain(sellerId);

        ObjectNode moving = firstMembers.get(3);
        UUID library = Events.libraryId(moving);
        events.send(LibraryDirectoryRows.TOPIC, LibraryDirectoryRows.snapshot(library, 1, second));

        Pool firstAfter = directory.awaitPool(first, pool -> pool.members().size() == 3);
        Pool secondAfter = directory.awaitPool(second, pool -> pool.members().size() == 4);
        // one new set each, caused by the library change
        assertThat(firstAfter.setVersion()).isEqualTo(firstBefore.setVersion() + 1);
        assertThat(secondAfter.setVersion()).isEqualTo(secondBefore.setVersion() + 1);
        assertThat(rows.consortiumSets(first)).isEqualTo(firstAfter.setVersion());
        assertThat(rows.consortiumSets(second)).isEqualTo(secondAfter.setVersion());
        assertThat(firstAfter.trigger()).isEqualTo(LIBRARY_CHANGED);
        assertThat(secondAfter.trigger()).isEqualTo(LIBRARY_CHANGED);
        // the first pool lost the library and, at 90 licences, the seller; the second gained both
        assertThat(firstAfter.members()).doesNotContain(library.toString());
        assertThat(firstAfter.pooledQuantity()).isEqualTo(90);
        assertThat(firstAfter.recommended()).doesNotContain(sellerId);
        assertThat(secondAfter.members()).contains(library.toString());
        assertThat(secondAfter.pooledQuantity()).isEqualTo(120);
        assertThat(secondAfter.recommended()).containsExactly(sellerId);
        // no new completion: the same revision, now naming the second consortium
        assertThat(rows.storedRevision(Events.id(moving))).isEqualTo(1);
        assertThat(directory.consortiumOfAssessment(Events.id(moving))).isEqualTo(second);
        assertThat(directory.membership(library)).isEqualTo(new Membership(second, 1));
    }

    @Test
    void anOlderSnapshotAndARedeliveryChangeNothing() {
        ObjectNode moving = complete(first, 2).get(0);
        complete(second, 1);
        directory.awaitPool(first, pool -> pool.members().size() == 2);
        directory.awaitPool(second, pool -> pool.members().size() == 1);
        UUID library = Events.libraryId(moving);
        ObjectNode move = LibraryDirectoryRows.snapshot(library, 2, second);
        events.send(LibraryDirectoryRows.TOPIC, move);
        Pool firstMoved = directory.awaitPool(first, pool -> pool.members().size() == 1);
        Pool secondMoved = directory.awaitPool(second, pool -> pool.members().size() == 2);

        // version 1 arrives late: it would put the library back, but version 2 is newer
        ObjectNode late = LibraryDirectoryRows.snapshot(library, 1, first);
        events.send(LibraryDirectoryRows.TOPIC, late);
        await().atMost(Api.TIMEOUT).until(() -> rows.processed(late.get("event_id").asText()));
        assertThat(directory.membership(library)).isEqualTo(new Membership(second, 2));
        assertThat(directory.consortiumOfAssessment(Events.id(moving))).isEqualTo(second);

        // version 2 is delivered again; then version 3 changes something else of the library, not its consortium:
        // one partition per library, so once version 3 is stored the redelivery has been handled
        events.send(LibraryDirectoryRows.TOPIC, move);
        events.send(LibraryDirectoryRows.TOPIC, LibraryDirectoryRows.snapshot(library, 3, second));
        assertThat(directory.awaitMembership(library, 3)).isEqualTo(new Membership(second, 3));

        assertThat(directory.pool(first)).isEqualTo(firstMoved);
        assertThat(directory.pool(second)).isEqualTo(secondMoved);
        assertThat(rows.consortiumSets(first)).isEqualTo(firstMoved.setVersion());
        assertThat(rows.consortiumSets(second)).isEqualTo(secondMoved.setVersion());
    }

    @Test
    void aCompletionOlderThanTheSnapshotDoesNotUndoTheMoveANewerOneDoes() {
        List<ObjectNode> firstMembers = complete(first, 2);
        complete(second, 1);
        directory.awaitPool(first, pool -> pool.members().size() == 2);
        directory.awaitPool(second, pool -> pool.members().size() == 1);
        ObjectNode moving = firstMembers.get(0);
        UUID library = Events.libraryId(moving);
        events.send(LibraryDirectoryRows.TOPIC, LibraryDirectoryRows.snapshot(library, 3, second));
        directory.awaitPool(second, pool -> pool.members().size() == 2);

        // revision 2 was completed with library version 2, before the move: it still names the first consortium
        events.send(Events.ASSESSMENTS, completion(moving, 2, first, 2L));
        Pool second2 = directory.awaitPool(second, pool -> pool.revisions().contains(2));
        assertThat(second2.members()).contains(library.toString());
        assertThat(directory.pool(first).members()).containsExactly(Events.libraryId(firstMembers.get(1)).toString());
        assertThat(directory.consortiumOfAssessment(Events.id(moving))).isEqualTo(second);
        assertThat(directory.membership(library)).isEqualTo(new Membership(second, 3));

        // revision 3 from a producer that does not name the library version, completed before the move
        events.send(Events.ASSESSMENTS, completion(moving, 3, first, null));
        directory.awaitPool(second, pool -> pool.revisions().contains(3));
        assertThat(directory.pool(first).members()).doesNotContain(library.toString());
        assertThat(directory.consortiumOfAssessment(Events.id(moving))).isEqualTo(second);

        // revision 4 was completed with library version 4: the library is back in the first consortium
        events.send(Events.ASSESSMENTS, completion(moving, 4, first, 4L));
        Pool firstBack = directory.awaitPool(first, pool -> pool.members().contains(library.toString()));
        assertThat(firstBack.members()).hasSize(2);
        assertThat(directory.awaitPool(second, pool -> pool.members().size() == 1).members())
                .doesNotContain(library.toString());
        assertThat(directory.membership(library)).isEqualTo(new Membership(first, 4));
    }

    /** {@code count} member libraries at this test's place complete an assessment needing 30 licences. */
    private List<ObjectNode> complete(String consortium, int count) {
        List<ObjectNode> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode member = Consortia.member(place, consortium, 30);
            events.send(Events.ASSESSMENTS, member);
            members.add(member);
        }
        return members;
    }

    /** The member's next revision naming this consortium and, unless null, the library version it was completed with. */
    private static ObjectNode completion(ObjectNode member, int revision, String consortium, Long libraryVersion) {
        ObjectNode next = Consortia.revision(member, revision, consortium, 30);
        if (libraryVersion != null) {
            next.put("schema_version", "1.2");
            ((ObjectNode) next.get("payload").get("library")).put("library_version", libraryVersion);
        }
        return next;
    }
}
