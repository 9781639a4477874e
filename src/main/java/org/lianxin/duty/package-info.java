/**
 * Deputies' duties (履职): the records of what they did, verified by their office, and the
 * records other modules' events create without retyping; their evaluation (考评) and the
 * daily 三表一报. No other module uses a duty type: everything lives in {@code internal}
 * (services, the {@code DutyRecord}, {@code EvaluationBatch} and {@code EvaluationMark}
 * aggregates, listeners) and {@code web}. It reads the deputy, opinion and region modules
 * through their published views.
 * <p>
 * Published views, for the platform's history check only (each row's chain, place and
 * hashes, no content): {@code duty_record_history_chain_view} and
 * {@code evaluation_mark_history_chain_view}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Duties")
package org.lianxin.duty;
