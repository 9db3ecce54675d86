package org.smartlibrary.assessment.service;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.assessment.model.Assessment;
import org.smartlibrary.assessment.model.AssessmentRevision;
import org.smartlibrary.assessment.model.RevisionItem;
import org.smartlibrary.assessment.repository.RevisionItemRepository;
import org.smartlibrary.kit.http.Preconditions;
import org.smartlibrary.kit.problem.ProblemException;

import java.util.List;
import java.util.UUID;

/**
 * The use cases of an assessment's goals, needs and offers, written once: items are added to the draft revision
 * (up to the kind's limit), listed from the newest revision, read from any revision of the assessment, and replaced
 * or removed only while their revision is the draft (If-Match: the item's ETag). A kind supplies what differs: its
 * name, its limit, its rules (checking a request and writing it to an item) and its view.
 *
 * @param <E> the entity
 * @param <R> the request that adds or replaces an item
 * @param <V> the API view of an item
 */
public abstract class RevisionItemService<E extends RevisionItem, R, V> {

    @Inject
    Revisions revisions;

    @Inject
    AssessmentAccess access;

    /** The item in problem documents ("goal"). */
    private final String name;

    /** The items in problem documents ("goals"). */
    private final String plural;

    protected RevisionItemService(String name, String plural) {
        this.name = name;
        this.plural = plural;
    }

    protected abstract RevisionItemRepository<E> repository();

    /** How many items a revision holds at most. */
    protected abstract int limit();

    protected abstract E newItem();

    /**
     * Checks the request against the kind's rules (400 naming the field otherwise) and writes it to the item, which
     * belongs (or will belong) to {@code revision}.
     */
    protected abstract void apply(R request, E item, AssessmentRevision revision);

    protected abstract V view(E item);

    /** Refuses to remove an item that others still need (409); by default nothing does. */
    protected void checkRemovable(E item) {
    }

    /**
     * Whether a request is checked before the revision's limit (a broken request then answers 400 even on a full
     * revision) rather than after it (409 first).
     */
    protected boolean checksRequestBeforeLimit() {
        return false;
    }

    @Transactional
    public Versioned<V> add(UUID assessmentId, String ifMatch, R request) {
        AssessmentRevision revision = revisions.draftForAdding(assessmentId, ifMatch);
        E item = newItem();
        if (checksRequestBeforeLimit()) {
            apply(request, item, revision);
            requireRoom(revision);
        } else {
            requireRoom(revision);
            apply(request, item, revision);
        }
        item.id = UUID.randomUUID();
        item.revisionId = revision.id;
        item.sortOrder = repository().nextSortOrder(revision.id);
        repository().persist(item);
        revisions.touch(revision);
        repository().flush();
        return versioned(item);
    }

    public List<V> list(UUID assessmentId) {
        AssessmentRevision revision = revisions.latest(access.toRead(assessmentId));
        return repository().ofRevision(revision.id).stream().map(this::view).toList();
    }

    public Versioned<V> get(UUID assessmentId, UUID itemId) {
        return versioned(find(access.toRead(assessmentId), itemId));
    }

    @Transactional
    public Versioned<V> update(UUID assessmentId, UUID itemId, String ifMatch, R request) {
        E item = find(access.toChange(assessmentId), itemId);
        AssessmentRevision revision = writable(item, ifMatch);
        apply(request, item, revision);
        revisions.touch(revision);
        repository().flush();
        return versioned(item);
    }

    @Transactional
    public void delete(UUID assessmentId, UUID itemId, String ifMatch) {
        E item = find(access.toChange(assessmentId), itemId);
        AssessmentRevision revision = writable(item, ifMatch);
        checkRemovable(item);
        repository().delete(item);
        revisions.touch(revision);
        repository().flush();
    }

    private void requireRoom(AssessmentRevision revision) {
        if (repository().countInRevision(revision.id) >= limit()) {
            throw ProblemException.conflict("too-many-" + plural, "Too many " + plural,
                    "a revision holds at most " + limit() + " " + plural);
        }
    }

    /** An item of any revision of the assessment (which the caller was allowed to see). */
    private E find(Assessment assessment, UUID itemId) {
        E item = repository().findByIdOptional(itemId).orElse(null);
        if (item == null || !revisions.revisionById(item.revisionId).assessmentId.equals(assessment.id)) {
            throw ProblemException.notFound(name, itemId);
        }
        return item;
    }

    private AssessmentRevision writable(E item, String ifMatch) {
        AssessmentRevision revision = revisions.revisionById(item.revisionId);
        revisions.requireDraft(revision);
        Preconditions.checkIfMatch(ifMatch, item.version);
        return revision;
    }

    private Versioned<V> versioned(E item) {
        return new Versioned<>(view(item), item.version);
    }
}
