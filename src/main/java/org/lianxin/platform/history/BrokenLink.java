package org.lianxin.platform.history;

/**
 * The first place where a history no longer matches its hashes.
 *
 * @param history the history table (or {@code history_anchor})
 * @param chainKey the chain: the record the history belongs to
 * @param rowId the id of the row found broken
 * @param finding what differs, in the administrator's words
 */
public record BrokenLink(String history, String chainKey, long rowId, String finding) {
}
