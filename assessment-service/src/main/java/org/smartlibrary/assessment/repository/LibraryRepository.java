package org.smartlibrary.assessment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.smartlibrary.assessment.model.Library;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class LibraryRepository implements PanacheRepositoryBase<Library, UUID> {

    /** Filters compare case-insensitively; newest first, keyset after (createdAt, id) when given. */
    public record Filter(String consortium, String region, String city) {
    }

    /**
     * The libraries a caller may see: all of them, or its own library and/or the member libraries of its
     * consortium (case-insensitive); nothing when neither is given.
     */
    public record Visible(boolean all, UUID library, String consortium) {

        public static final Visible ALL = new Visible(true, null, null);

        public boolean nothing() {
            return !all && library == null && consortium == null;
        }
    }

    public List<Library> page(Filter filter, Visible visible, Instant afterCreatedAt, UUID afterId, int fetchSize) {
        if (visible.nothing()) {
            return List.of();
        }
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!visible.all()) {
            List<String> scopes = new ArrayList<>();
            if (visible.library() != null) {
                scopes.add("id = :visibleLibrary");
                parameters.put("visibleLibrary", visible.library());
            }
            if (visible.consortium() != null) {
                scopes.add("lower(consortium) = :visibleConsortium");
                parameters.put("visibleConsortium", visible.consortium().toLowerCase());
            }
            query.append(" and (").append(String.join(" or ", scopes)).append(")");
        }
        if (filter.consortium() != null) {
            query.append(" and lower(consortium) = :consortium");
            parameters.put("consortium", filter.consortium().toLowerCase());
        }
        if (filter.region() != null) {
            query.append(" and lower(region) = :region");
            parameters.put("region", filter.region().toLowerCase());
        }
        if (filter.city() != null) {
            query.append(" and lower(city) = :city");
            parameters.put("city", filter.city().toLowerCase());
        }
        if (afterCreatedAt != null) {
            query.append(" and (createdAt < :afterCreatedAt or (createdAt = :afterCreatedAt and id < :afterId))");
            parameters.put("afterCreatedAt", afterCreatedAt);
            parameters.put("afterId", afterId);
        }
        query.append(" order by createdAt desc, id desc");
        return find(query.toString(), parameters).page(0, fetchSize).list();
    }

    public long countInConsortium(String consortium) {
        return count("lower(consortium) = ?1", consortium.toLowerCase());
    }

    /** The spelling of the consortium name as stored (of the oldest member), if any library belongs to it. */
    public String consortiumName(String consortium) {
        return find("lower(consortium) = ?1 order by createdAt, id", consortium.toLowerCase())
                .firstResultOptional().map(library -> library.consortium).orElse(null);
    }
}
