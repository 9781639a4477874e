package org.lianxin.ledger.internal;

import org.springframework.data.repository.ListCrudRepository;

interface AppointmentRepository extends ListCrudRepository<Appointment, Long> {

}
