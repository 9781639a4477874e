package org.lianxin.project.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A deputy who took part in a site visit. */
@Table("project_visit_deputy")
record VisitDeputy(long deputyId) {
}
