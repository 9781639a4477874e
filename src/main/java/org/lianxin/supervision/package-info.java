/**
 * Supervision (催办、督办), one mechanism for every module with a deadline: a module publishes
 * its open clocks through a {@link org.lianxin.supervision.SupervisedClocks} bean; the
 * watch issues a reminder when a clock runs out today or on the next working day, a
 * supervision notice (督办单) once it is overdue, and a higher level for every three more
 * working days overdue. Each notice is issued once and announced as a
 * {@link org.lianxin.supervision.NoticeIssued} event; the module that owns the subject
 * words the message and records the escalation in its own history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.lianxin.supervision;
