package org.smartlibrary.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypeRelationsTest {

    @Test
    void aOneSidedDeclarationIsMadeSymmetric() {
        TypeRelations relations = TypeRelations.of(Map.of("A.X", List.of("B.Y")));

        assertEquals(Set.of("B.Y"), relations.relatedTo("A.X"));
        assertEquals(Set.of("A.X"), relations.relatedTo("B.Y"));
        assertEquals(Set.of(), relations.relatedTo("C.Z"));
    }

    @Test
    void relatedTypesAreSortedAndNeverTheTypeItself() {
        TypeRelations relations = TypeRelations.of(Map.of("A.X", List.of("C.Z", "B.Y", "A.X")));

        assertEquals(List.of("B.Y", "C.Z"), List.copyOf(relations.relatedTo("A.X")));
        assertFalse(relations.relatedTo("A.X").contains("A.X"), "a type is not related to itself");
    }

    @Test
    void withoutRelationsNothingIsRelated() {
        assertEquals(Set.of(), TypeRelations.none().relatedTo("A.X"));
        assertEquals(Set.of(), Fixtures.TAXONOMY_RELATIONS.relatedTo("UNKNOWN.TYPE"));
    }

    @Test
    void candidateTypesAreTheTypeItselfFirstThenRelatedTypes() {
        // the read model uses it to find the need types an offering type can concern
        assertEquals(List.of(Fixtures.ROBOTICS, Fixtures.EQUIPMENT, Fixtures.FABRICATION, Fixtures.SOFTWARE),
                Fixtures.TAXONOMY_RELATIONS.candidateTypes(Fixtures.ROBOTICS));
        assertEquals(List.of("A.X"), TypeRelations.none().candidateTypes("A.X"));
    }

    @Test
    void taxonomyRelationsOfRobotics() {
        assertEquals(List.of(Fixtures.EQUIPMENT, Fixtures.FABRICATION, Fixtures.SOFTWARE),
                List.copyOf(Fixtures.TAXONOMY_RELATIONS.relatedTo(Fixtures.ROBOTICS)));
    }
}
