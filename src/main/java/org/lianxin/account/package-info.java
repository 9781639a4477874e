/**
 * Staff accounts, roles, permissions and the data scope rule ({@link DataScope}).
 * <p>
 * Published view: {@code staff_user_view} — the staff accounts other modules may read (no
 * password, no demo flag).
 * <p>
 * Published view: {@code operation_log_chain_view} — the operation log's hash chain (each
 * line's place and hashes, no content), for the platform's history check.
 */
package org.lianxin.account;
