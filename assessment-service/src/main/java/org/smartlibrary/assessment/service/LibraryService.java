package org.smartlibrary.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.assessment.api.LibraryRequest;
import org.smartlibrary.assessment.api.LibraryView;
import org.smartlibrary.assessment.events.LibrarySnapshotPublisher;
import org.smartlibrary.assessment.model.Library;
import org.smartlibrary.assessment.repository.LibraryRepository;
import org.smartlibrary.kit.http.Preconditions;
import org.smartlibrary.kit.paging.Page;
import org.smartlibrary.kit.paging.PageRequest;

import java.util.UUID;

/**
 * Libraries: create, read, update (If-Match) and list, each as far as {@link LibraryAccess} lets the caller. Creating
 * or changing a library publishes its library-snapshot in the same transaction.
 */
@ApplicationScoped
public class LibraryService {

    @Inject
    LibraryRepository libraries;

    @Inject
    LibraryAccess access;

    @Inject
    LibrarySnapshotPublisher snapshots;

    @Transactional
    public Versioned<LibraryView> create(LibraryRequest request) {
        Library library = new Library();
        library.id = UUID.randomUUID();
        library.createdAt = Timestamps.now();
        apply(request, library);
        libraries.persist(library);
        libraries.flush();
        snapshots.publish(library);
        return versioned(library);
    }

    public Versioned<LibraryView> get(UUID id) {
        return versioned(access.toRead(id));
    }

    @Transactional
    public Versioned<LibraryView> update(UUID id, String ifMatch, LibraryRequest request) {
        Library library = access.toChange(id);
        access.checkConsortium(library, consortium(request));
        Preconditions.checkIfMatch(ifMatch, library.version);
        apply(request, library);
        libraries.flush();
        snapshots.publish(library);
        return versioned(library);
    }

    /** Libraries by consortium, region and city (each optional, case-insensitive), newest first. */
    public Page<LibraryView> list(String consortium, String region, String city, PageRequest page) {
        LibraryRepository.Filter filter = new LibraryRepository.Filter(QueryParameters.text(consortium),
                QueryParameters.text(region), QueryParameters.text(city));
        QueryParameters.TimeAndId after = QueryParameters.TimeAndId.decode(page.cursor());
        return Page.of(libraries.page(filter, access.visible(), after == null ? null : after.createdAt(),
                        after == null ? null : after.id(), page.fetchSize()), page,
                library -> QueryParameters.TimeAndId.encode(library.createdAt, library.id), AssessmentMapper::library);
    }

    private static String consortium(LibraryRequest request) {
        return request.consortium() == null ? null : request.consortium().trim();
    }

    private static void apply(LibraryRequest request, Library library) {
        library.name = request.name().trim();
        library.consortium = consortium(request);
        library.region = request.region().trim();
        library.city = request.city().trim();
        library.latitude = request.location() == null ? null : request.location().latitude();
        library.longitude = request.location() == null ? null : request.location().longitude();
        library.updatedAt = Timestamps.now();
    }

    private static Versioned<LibraryView> versioned(Library library) {
        return new Versioned<>(AssessmentMapper.library(library), library.version);
    }
}
