package org.lianxin.project.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A question asked on site (现场问询) and the answer given there. */
@Table("project_visit_question")
public record VisitQuestion(String question, String answer) {
}
