package org.lianxin.project.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A photo of a site visit, by its key in the file store. */
@Table("project_visit_photo")
record VisitPhoto(String photoKey) {
}
