/**
 * Deputies (人大代表): who they are, and their seats in the congresses of one or more levels.
 * <p>
 * Published views:
 * <ul>
 * <li>{@code deputy_view} — who a deputy is, the phone number only masked;</li>
 * <li>{@code deputy_seat_view} — a deputy's seats (memberships), ended_on null while
 * held;</li>
 * <li>{@code deputy_group_view} — the deputy groups of each congress and their
 * leaders;</li>
 * <li>{@code deputy_account_view} — the staff account a deputy signs in with;</li>
 * <li>{@code deputy_card_code_view} — the code on a deputy's QR poster now;</li>
 * <li>{@code deputy_liaison_view} — the deputies a group liaison looks after, for data
 * scope.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deputies")
package org.lianxin.deputy;
