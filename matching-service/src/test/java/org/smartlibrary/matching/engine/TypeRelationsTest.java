package org.smartlibrary.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeRelationsTest {

    @Test
    void aOneSidedDeclarationIsMadeSymmetric() {
        TypeRelations relations = TypeRelations.of(Map.of("A.X", List.of("B.Y")));

        assertTrue(relations.areRelated("A.X", "B.Y"));
        assertTrue(relations.areRelated("B.Y", "A.X"));
        assertFalse(relations.areRelated("A.X", "C.Z"));
    }

    @Test
    void candidateTypesAreTheTypeItselfFirstThenRelatedTypesSorted() {
        TypeRelations relations = TypeRelations.of(Map.of("A.X", List.of("C.Z", "B.Y", "A.X")));

        assertEquals(List.of("A.X", "B.Y", "C.Z"), relations.candidateTypes("A.X"));
        assertFalse(relations.relatedTo("A.X").contains("A.X"), "a type is not related to itself");
    }

    @Test
    void withoutRelationsOnlyTheTypeItselfIsACandidate() {
        assertEquals(List.of("A.X"), TypeRelations.none().candidateTypes("A.X"));
        assertEquals(List.of("UNKNOWN.TYPE"), Fixtures.TAXONOMY_RELATIONS.candidateTypes("UNKNOWN.TYPE"));
    }

    @Test
    void taxonomyRelationsOfRobotics() {
        assertEquals(List.of(Fixtures.ROBOTICS, Fixtures.EQUIPMENT, Fixtures.FABRICATION, Fixtures.SOFTWARE),
                Fixtures.TAXONOMY_RELATIONS.candidateTypes(Fixtures.ROBOTICS));
    }
}
