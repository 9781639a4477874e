package org.lianxin.oversight.internal;

import org.springframework.data.relational.core.mapping.Table;

/** One item of one deputy's evaluation form. */
@Table("court_hearing_evaluation")
record HearingMark(long deputyId, EvaluationItem item, int rating, String comment) {
}
