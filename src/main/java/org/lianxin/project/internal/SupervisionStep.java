package org.lianxin.project.internal;

/**
 * A step of a project's supervision (its group, a visit, a 督办), kept in the project's
 * history chain beside the steps of its execution.
 */
record SupervisionStep(long projectId, String step, String detail, Long by) {
}
