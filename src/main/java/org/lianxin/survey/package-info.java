/**
 * Anonymous votes (测评): a ballot with a question set, an electorate, an opening and a
 * closing time; who voted and what was voted are stored so that nothing joins them. Used
 * by the office's satisfaction votes and by other modules' ratings. It reads the deputy
 * and region modules through their published views.
 * <p>
 * Published views, for the platform's history check only:
 * {@code survey_history_chain_view}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys")
package org.lianxin.survey;
