package org.smartlibrary.matching.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.smartlibrary.matching.model.Partner;

import java.util.List;
import java.util.UUID;

/** The persisted partner read model ({@code partner}) and its change sequence. */
@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    /** One row of the change sequence: a partner's latest snapshot JSON, or its removal. */
    public record Change(UUID partnerId, boolean removed, String snapshot, long changeSeq) {
    }

    /** The partner, its row locked until the transaction ends; null if none is stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Partner findForUpdate(UUID partnerId) {
        return findById(partnerId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The next position in the change sequence ({@code partner_change_seq}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long nextChangeSeq() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('partner_change_seq')")
                .getSingleResult()).longValue();
    }

    /** The changes after {@code changeSeq}, in sequence order, at most {@code limit}. */
    public List<Change> changesAfter(long changeSeq, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "SELECT partner_id, removed, snapshot, change_seq FROM partner WHERE change_seq > ?1 "
                                + "ORDER BY change_seq LIMIT ?2")
                .setParameter(1, changeSeq)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(row -> new Change((UUID) row[0], (Boolean) row[1], (String) row[2],
                ((Number) row[3]).longValue())).toList();
    }
}
