package org.smartlibrary.assessment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;
import org.smartlibrary.assessment.model.Assessment;
import org.smartlibrary.assessment.model.AssessmentRevision;
import org.smartlibrary.assessment.model.AssessmentStatus;
import org.smartlibrary.assessment.model.Library;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RevisionRepository implements PanacheRepositoryBase<AssessmentRevision, UUID> {

    /**
     * Which revision of each assessment a list shows: with a status, the newest revision in that status;
     * without, the newest revision. The other filters apply to that revision.
     */
    public record Filter(UUID libraryId, String consortium, AssessmentStatus status, String category, String type,
                         Instant completedAfter) {

        public Filter withLibraryId(UUID library) {
            return new Filter(library, consortium, status, category, type, completedAfter);
        }
    }

    /** A selected revision with its assessment and library (from {@link #toRead}: null when there is no such revision). */
    public record Row(AssessmentRevision revision, Assessment assessment, Library library) {
    }

    public Optional<AssessmentRevision> find(UUID assessmentId, int revision) {
        return find("assessmentId = ?1 and revision = ?2", assessmentId, revision).firstResultOptional();
    }

    /**
     * The assessment with its library and its revision of that number (the newest when null) in one statement,
     * loaded read-only; empty when there is no such assessment, the row's revision null when it has no such revision.
     */
    public Optional<Row> toRead(UUID assessmentId, Integer revision) {
        return select(assessmentId, revision, true);
    }

    /**
     * The assessment with its library and its newest revision in one statement, loaded for a change (managed: the
     * revision's changes are flushed, its version checked); empty when there is no such assessment.
     */
    public Optional<Row> latestToChange(UUID assessmentId) {
        return select(assessmentId, null, false);
    }

    private Optional<Row> select(UUID assessmentId, Integer revision, boolean readOnly) {
        String number = revision == null ? "a.latestRevision" : ":revision";
        var query = getEntityManager().createQuery("select r, a, l from Assessment a"
                        + " join Library l on l.id = a.libraryId"
                        + " left join AssessmentRevision r on r.assessmentId = a.id and r.revision = " + number
                        + " where a.id = :assessmentId", Object[].class)
                .setParameter("assessmentId", assessmentId)
                .setHint(HibernateHints.HINT_READ_ONLY, readOnly);
        if (revision != null) {
            query.setParameter("revision", revision);
        }
        return query.getResultList().stream().findFirst()
                .map(columns -> new Row((AssessmentRevision) columns[0], (Assessment) columns[1], (Library) columns[2]));
    }

    /** A page of an assessment's revisions, oldest first, loaded read-only. */
    public List<AssessmentRevision> revisions(UUID assessmentId, Integer afterRevision, int fetchSize) {
        if (afterRevision == null) {
            return find("assessmentId = ?1 order by revision", assessmentId)
                    .withHint(HibernateHints.HINT_READ_ONLY, true).page(0, fetchSize).list();
        }
        return find("assessmentId = ?1 and revision > ?2 order by revision", assessmentId, afterRevision)
                .withHint(HibernateHints.HINT_READ_ONLY, true).page(0, fetchSize).list();
    }

    /** A page of the list, loaded read-only. */
    public List<Row> search(Filter filter, Instant afterCreatedAt, UUID afterId, int fetchSize) {
        StringBuilder query = new StringBuilder("""
                select r, a, l from AssessmentRevision r
                join Assessment a on a.id = r.assessmentId
                join Library l on l.id = a.libraryId
                where""");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() == null) {
            query.append(" r.revision = a.latestRevision");
        } else {
            query.append(" r.revision = (select max(r2.revision) from AssessmentRevision r2"
                    + " where r2.assessmentId = a.id and r2.status = :status)");
            parameters.put("status", filter.status());
        }
        if (filter.libraryId() != null) {
            query.append(" and a.libraryId = :libraryId");
            parameters.put("libraryId", filter.libraryId());
        }
        if (filter.consortium() != null) {
            query.append(" and lower(l.consortium) = :consortium");
            parameters.put("consortium", filter.consortium().toLowerCase());
        }
        if (filter.category() != null || filter.type() != null) {
            query.append(" and exists (select 1 from Need n where n.revisionId = r.id");
            if (filter.category() != null) {
                query.append(" and n.category = :category");
                parameters.put("category", filter.category());
            }
            if (filter.type() != null) {
                query.append(" and n.type = :type");
                parameters.put("type", filter.type());
            }
            query.append(")");
        }
        if (filter.completedAfter() != null) {
            query.append(" and r.completedAt > :completedAfter");
            parameters.put("completedAfter", filter.completedAfter());
        }
        if (afterCreatedAt != null) {
            query.append(" and (a.createdAt < :afterCreatedAt or (a.createdAt = :afterCreatedAt and a.id < :afterId))");
            parameters.put("afterCreatedAt", afterCreatedAt);
            parameters.put("afterId", afterId);
        }
        query.append(" order by a.createdAt desc, a.id desc");
        var typed = getEntityManager().createQuery(query.toString(), Object[].class).setMaxResults(fetchSize)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        parameters.forEach(typed::setParameter);
        return typed.getResultList().stream()
                .map(columns -> new Row((AssessmentRevision) columns[0], (Assessment) columns[1], (Library) columns[2]))
                .toList();
    }

    /** The newest completed revision of every assessment of the consortium's member libraries, with the library id. */
    public Map<UUID, UUID> latestCompletedInConsortium(String consortium) {
        List<Object[]> rows = getEntityManager().createQuery("""
                        select r.id, a.libraryId from AssessmentRevision r
                        join Assessment a on a.id = r.assessmentId
                        join Library l on l.id = a.libraryId
                        where lower(l.consortium) = :consortium
                          and r.revision = (select max(r2.revision) from AssessmentRevision r2
                                            where r2.assessmentId = a.id and r2.status = :completed)""", Object[].class)
                .setParameter("consortium", consortium.toLowerCase())
                .setParameter("completed", AssessmentStatus.COMPLETED)
                .getResultList();
        Map<UUID, UUID> libraryByRevision = new HashMap<>();
        rows.forEach(row -> libraryByRevision.put((UUID) row[0], (UUID) row[1]));
        return libraryByRevision;
    }
}
