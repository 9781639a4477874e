/**
 * Deputies' duties (履职): the records of what they did, verified by their office, and the
 * records other modules' events create without retyping; their evaluation (考评) and the
 * daily 三表一报. No other module uses a duty type and duty publishes no views: everything
 * lives in {@code internal} (services, the {@code DutyRecord}, {@code EvaluationBatch}
 * and {@code EvaluationMark} aggregates, listeners) and {@code web}. It reads the deputy,
 * opinion and region modules through their published views.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Duties")
package org.lianxin.duty;
