package org.lianxin.duty.internal;

/**
 * A kind of duty record (出席会议, 视察调研, 联系选民…); the code is stable for integrations.
 */
public record DutyRecordType(long id, String code, String name, int sortOrder, boolean enabled) {
}
