/**
 * Staff accounts, roles, permissions and the data scope rule ({@link DataScope}).
 * <p>
 * Published view: {@code staff_user_view} — the staff accounts other modules may read (no
 * password, no demo flag).
 */
package org.lianxin.account;
