package org.lianxin.ledger.internal;

import org.springframework.data.repository.ListCrudRepository;

interface PartyRequestRepository extends ListCrudRepository<PartyRequest, Long> {

}
