/**
 * Deputies' duties (履职): the records of what they did, verified by their office, and the
 * records other modules' events create without retyping.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Duties")
package org.lianxin.duty;
