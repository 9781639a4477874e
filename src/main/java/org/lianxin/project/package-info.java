/**
 * Livelihood projects chosen by the deputies' vote (民生实事项目票决制): candidates for a congress
 * and year, the session's vote (a survey choosing N of M), and the chosen projects'
 * execution followed by measured quantities, milestones and money, with a status derived
 * from them. Monthly reports run on the supervision watch (subject
 * {@code PROJECT_REPORT}). It reads the region, agency and survey modules through their
 * APIs and published views.
 * <p>
 * Published views, for the platform's history check only:
 * {@code project_history_chain_view}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Livelihood projects")
package org.lianxin.project;
