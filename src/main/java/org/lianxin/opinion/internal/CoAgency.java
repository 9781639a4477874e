package org.lianxin.opinion.internal;

import org.springframework.data.relational.core.mapping.Table;

/** An agency that handles a case beside its lead agency (协办). */
@Table("opinion_co_agency")
record CoAgency(long agencyId) {
}
