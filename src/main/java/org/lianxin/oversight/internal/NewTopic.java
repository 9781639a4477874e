package org.lianxin.oversight.internal;

/**
 * A topic as the office opens it.
 *
 * @param sinceYear the year the office began following it
 */
public record NewTopic(String title, String summary, Integer sinceYear) {
}
